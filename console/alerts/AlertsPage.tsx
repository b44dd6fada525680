import { useTranslation } from 'react-i18next';
import type { Alert } from '../../platform/protocol/alerts.js';
import { formatTime } from '../shell/format.js';
import { Refusal } from '../shell/Refusal.js';
import type { Route } from '../shell/route.js';
import { TableHead } from '../shell/TableHead.js';
import { TerminalLink } from '../shell/TerminalLink.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';
import { useAlerts } from './alerts-context.js';
import { RulesForm } from './RulesForm.js';

function Status({ alert }: { alert: Alert }) {
  const { t } = useTranslation('alerts');
  const { account } = useSession();
  const { acknowledge } = useAlerts();
  const { busy, error, run } = useAction();
  const state = alert.clearedAt === null ? t('open') : t('cleared', { time: formatTime(alert.clearedAt) });
  return (
    <div className="alert-status">
      <span className={alert.clearedAt === null ? 'fault' : undefined}>{state}</span>
      {alert.acknowledged && <span>{t('acknowledgedBy', { by: alert.acknowledged.by })}</span>}
      {!alert.acknowledged && account.role !== 'auditor' && (
        <button type="button" className="primary small" disabled={busy} data-testid="acknowledge" onClick={() => void run(() => acknowledge(alert.id))}>
          {t('acknowledge')}
        </button>
      )}
      <Refusal error={error} />
    </div>
  );
}

/** The region's alerts of the last week, live; admins below them set the rules. */
export function AlertsPage({ go }: { go(route: Route): void }) {
  const { t } = useTranslation('alerts');
  const { account } = useSession();
  const { alerts, error } = useAlerts();
  return (
    <main className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <Refusal error={error} />
      {alerts.length === 0 && <p>{t('none')}</p>}
      {alerts.length > 0 && (
        <table className="table" data-testid="alert-table">
          <TableHead labels={[t('raised'), t('terminal'), t('kind'), t('detail'), t('status')]} />
          <tbody>
            {alerts.map((alert) => (
              <tr key={alert.id} data-testid="alert-row">
                <td className="mono">{formatTime(alert.raisedAt)}</td>
                <td>
                  <TerminalLink id={alert.terminalId} go={go}>
                    {alert.terminalName} <span className="mono">{alert.terminalCode}</span>
                  </TerminalLink>
                  <div>{alert.hallName}</div>
                </td>
                <td className={alert.clearedAt === null ? 'fault' : undefined}>{t(`kind_${alert.kind}`)}</td>
                <td>{[alert.subject, alert.detail].filter((s) => s !== '').join('：')}</td>
                <td>
                  <Status alert={alert} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {account.role === 'admin' && <RulesForm />}
    </main>
  );
}
