import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { remoteCallListReplySchema, type RemoteCallSummary } from '../../platform/protocol/index.js';
import { formatTime } from '../shell/format.js';
import { Refusal } from '../shell/Refusal.js';
import { TableHead } from '../shell/TableHead.js';
import { useSession } from '../shell/session.js';
import { useLoad } from '../shell/use-load.js';
import { CallbackList } from './CallbackList.js';
import { ClerkCallPanel } from './ClerkCallPanel.js';

/** A waiting citizen should not wait on the clerk's page: the list is asked again this often. */
const refreshMs = 3000;

function CallRows({ calls, onAccept }: { calls: RemoteCallSummary[]; onAccept(call: RemoteCallSummary): void }) {
  const { t } = useTranslation('remote');
  return (
    <table className="table" data-testid="remote-table">
      <TableHead labels={[t('asked'), t('terminal'), t('item'), t('status')]} />
      <tbody>
        {calls.map((call) => (
          <tr key={call.id} data-testid="remote-row">
            <td className="mono">{formatTime(call.askedAt)}</td>
            <td>
              {call.hallName} {call.terminalName} <span className="mono">{call.terminalCode}</span>
            </td>
            <td>{call.item ? call.item.name : t('noItem')}</td>
            <td>
              <button type="button" className="primary small" data-testid="remote-accept" onClick={() => onAccept(call)}>
                {t('accept')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 远程帮办: the region's waiting calls, the call the clerk took, and the numbers to call back. */
export function RemoteCallsPage() {
  const { t } = useTranslation('remote');
  const { api, account } = useSession();
  const [taken, setTaken] = useState<RemoteCallSummary | null>(null);
  const load = useCallback(() => api.get('/v1/console/remote-calls', remoteCallListReplySchema), [api]);
  const { data, error, reload } = useLoad(load);
  useEffect(() => {
    if (taken) return;
    const timer = setInterval(reload, refreshMs);
    return () => clearInterval(timer);
  }, [taken, reload]);
  const back = useCallback(() => {
    setTaken(null);
    reload();
  }, [reload]);
  const calls = data?.calls.filter((c) => c.state === 'waiting') ?? [];
  return (
    <main className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {taken ? <ClerkCallPanel call={taken} onBack={back} /> : <Refusal error={error} />}
      {!taken && data && calls.length === 0 && <p data-testid="remote-none">{t('none')}</p>}
      {!taken && calls.length > 0 && <CallRows calls={calls} onAccept={setTaken} />}
      {!taken && <CallbackList clerk={account.name} />}
    </main>
  );
}
