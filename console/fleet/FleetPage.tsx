import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { terminalListReplySchema } from '../../platform/protocol/admin.js';
import { CommandsDialog } from '../commands/CommandsDialog.js';
import { Refusal } from '../shell/Refusal.js';
import type { Route } from '../shell/route.js';
import { useSession } from '../shell/session.js';
import { useLoad } from '../shell/use-load.js';
import { fleetSorts, fleetView, type FleetQuery, type FleetRow } from './fleet-view.js';
import { FleetTable } from './FleetTable.js';
import { onlineStates } from './online-state.js';
import { RevokeDialog } from './RevokeDialog.js';

/** The terminals of the account's region: filter, sort, a page at a time, each terminal's page, commands, revoke (admins). */
export function FleetPage({ go }: { go(route: Route): void }) {
  const { t } = useTranslation('fleet');
  const { api, account } = useSession();
  const load = useCallback(() => api.get('/v1/admin/terminals', terminalListReplySchema), [api]);
  const { data, error, reload } = useLoad(load);
  const [query, setQuery] = useState<FleetQuery>({ regionPrefix: '', state: 'all', config: 'all', sort: 'code', page: 0 });
  const [revoking, setRevoking] = useState<FleetRow | null>(null);
  const [commanding, setCommanding] = useState<FleetRow | null>(null);
  const [notice, setNotice] = useState('');
  const view = useMemo(() => (data ? fleetView(data, query) : undefined), [data, query]);
  const change = (patch: Partial<FleetQuery>) => setQuery((q) => ({ ...q, page: 0, ...patch }));

  return (
    <main className="page">
      <h1>{t('title')}</h1>
      {view && <p data-testid="fleet-summary">{t('summary', { total: data?.terminals.length ?? 0, ...view.counts })}</p>}
      <div className="filters">
        <label>
          {t('regionFilter')}
          <input inputMode="numeric" value={query.regionPrefix} onChange={(e) => change({ regionPrefix: e.target.value })} data-testid="region-filter" />
        </label>
        <label>
          {t('stateFilter')}
          <select value={query.state} onChange={(e) => change({ state: e.target.value as FleetQuery['state'] })} data-testid="state-filter">
            <option value="all">{t('allStates')}</option>
            {onlineStates.map((s) => (
              <option key={s} value={s}>
                {t(`state_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('configFilter')}
          <select value={query.config} onChange={(e) => change({ config: e.target.value as FleetQuery['config'] })} data-testid="config-filter">
            <option value="all">{t('configAll')}</option>
            <option value="behind">{t('configBehindOnly')}</option>
          </select>
        </label>
        <label>
          {t('sortBy')}
          <select value={query.sort} onChange={(e) => change({ sort: e.target.value as FleetQuery['sort'] })}>
            {fleetSorts.map((s) => (
              <option key={s} value={s}>
                {t(`sort_${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Refusal error={error} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {view && <FleetTable rows={view.rows} canRevoke={account.role === 'admin'} onRevoke={setRevoking} onCommands={setCommanding} go={go} />}
      {view && view.matching === 0 && <p>{t('none')}</p>}
      {view && view.pages > 1 && (
        <div className="pager">
          <button type="button" className="secondary" disabled={view.page === 0} onClick={() => setQuery((q) => ({ ...q, page: view.page - 1 }))}>
            {t('previous')}
          </button>
          <span data-testid="fleet-page">{t('page', { page: view.page + 1, pages: view.pages })}</span>
          <button type="button" className="secondary" disabled={view.page + 1 >= view.pages} onClick={() => setQuery((q) => ({ ...q, page: view.page + 1 }))}>
            {t('next')}
          </button>
        </div>
      )}
      {commanding && <CommandsDialog terminal={commanding} onClose={() => setCommanding(null)} />}
      {revoking && (
        <RevokeDialog
          terminal={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={() => {
            setNotice(t('revokeDone', { code: revoking.code }));
            setRevoking(null);
            reload();
          }}
        />
      )}
    </main>
  );
}
