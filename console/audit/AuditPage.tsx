import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActions, auditReplySchema, type AuditAction, type AuditEntry } from '../../platform/protocol/console.js';
import { formatTime } from '../shell/format.js';
import { Refusal } from '../shell/Refusal.js';
import { TableHead } from '../shell/TableHead.js';
import { useSession } from '../shell/session.js';
import { auditSearch, emptyFilter, type AuditFilter } from './audit-query.js';

/** An action in words; one added to the protocol before it has words here shows as its code. */
function useActionName(): (action: AuditAction) => string {
  const { t } = useTranslation('audit');
  // The key is made at run time; i18next's typed keys take it as one of the action_ keys.
  return (action) => t(`action_${action.replace('.', '_')}` as 'action_login_ok', { defaultValue: action });
}

/** A case's 远程核验 entry also says who checked the applicant and when (the entry's own time is the case's arrival). */
function RemoteCheck({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('audit');
  const at = entry.detail.checkedAt;
  if (entry.action !== 'case.remote_identity' || typeof at !== 'string') return null;
  return <div data-testid="audit-remote-check">{t('remoteCheck', { clerk: entry.actor, at: formatTime(at) })}</div>;
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation('audit');
  const { t: common } = useTranslation();
  const actionName = useActionName();
  return (
    <table className="table" data-testid="audit-table">
      <TableHead labels={[t('at'), t('actor'), t('role'), t('action'), t('target'), t('region'), t('source')]} />
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="audit-row">
            <td className="mono">{formatTime(entry.at)}</td>
            <td>{entry.actor}</td>
            <td>{entry.role ? common(`role_${entry.role}`) : '—'}</td>
            <td>{actionName(entry.action)}</td>
            <td className="mono">
              {entry.target ?? '—'}
              <RemoteCheck entry={entry} />
            </td>
            <td className="mono">{entry.regionCode}</td>
            <td className="mono">{entry.sourceIp ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Who did what, when and from where, newest first; the same filter downloads as CSV. */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const actionName = useActionName();
  const { api } = useSession();
  const [draft, setDraft] = useState<AuditFilter>(emptyFilter);
  const [filter, setFilter] = useState<AuditFilter>(emptyFilter);
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const fetchPage = useCallback(
    async (before?: number) => {
      try {
        const reply = await api.get(`/v1/console/audit${auditSearch(filter, before)}`, auditReplySchema);
        setEntries((shown) => (before === undefined ? reply.entries : [...shown, ...reply.entries]));
        setNextBefore(reply.nextBefore);
        setError(null);
      } catch (failure) {
        setError(failure);
      }
    },
    [api, filter],
  );
  useEffect(() => void fetchPage(), [fetchPage]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft);
  };
  const edit = (patch: Partial<AuditFilter>) => setDraft((d) => ({ ...d, ...patch }));

  return (
    <main className="page">
      <h1>{t('title')}</h1>
      <form className="filters" onSubmit={submit}>
        <label>
          {t('from')}
          <input type="datetime-local" value={draft.from} onChange={(e) => edit({ from: e.target.value })} />
        </label>
        <label>
          {t('to')}
          <input type="datetime-local" value={draft.to} onChange={(e) => edit({ to: e.target.value })} />
        </label>
        <label>
          {t('actor')}
          <input value={draft.actor} maxLength={40} onChange={(e) => edit({ actor: e.target.value })} data-testid="audit-actor" />
        </label>
        <label>
          {t('action')}
          <select value={draft.action} onChange={(e) => edit({ action: e.target.value })} data-testid="audit-action">
            <option value="">{t('allActions')}</option>
            {auditActions.map((action) => (
              <option key={action} value={action}>
                {actionName(action)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          {t('filter')}
        </button>
        <a className="button-link" href={`/v1/console/audit.csv${auditSearch(filter)}`} download data-testid="audit-csv">
          {t('csv')}
        </a>
      </form>
      <Refusal error={error} />
      {entries.length === 0 && !error && <p>{t('none')}</p>}
      {entries.length > 0 && <AuditTable entries={entries} />}
      {nextBefore !== null && (
        <button type="button" className="secondary" onClick={() => void fetchPage(nextBefore)}>
          {t('more')}
        </button>
      )}
    </main>
  );
}
