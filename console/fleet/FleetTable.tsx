import { useTranslation } from 'react-i18next';
import { formatTime } from '../shell/format.js';
import type { FleetRow } from './fleet-view.js';

function Devices({ health }: { health: FleetRow['health'] }) {
  const { t } = useTranslation('fleet');
  if (health === null) return <>{t('noReport')}</>;
  const faults = Object.entries(health).filter(([, device]) => !device.ok);
  if (faults.length === 0) return <>{t('devicesOk', { count: Object.keys(health).length })}</>;
  return <span className="fault">{t('devicesFault', { names: faults.map(([name, device]) => (device.detail ? `${name}（${device.detail}）` : name)).join('、') })}</span>;
}

function State({ row }: { row: FleetRow }) {
  const { t } = useTranslation('fleet');
  return (
    <span className={`state state-${row.revokedAt ? 'revoked' : row.state}`}>
      {t(`state_${row.state}`)}
      {row.revokedAt && ` · ${t('revoked')}`}
    </span>
  );
}

/** One page of terminals; the revoke column only for those whose role may revoke. */
export function FleetTable({ rows, canRevoke, onRevoke }: { rows: FleetRow[]; canRevoke: boolean; onRevoke(row: FleetRow): void }) {
  const { t } = useTranslation('fleet');
  return (
    <table className="table" data-testid="fleet-table">
      <thead>
        <tr>
          <th scope="col">{t('code')}</th>
          <th scope="col">{t('name')}</th>
          <th scope="col">{t('hall')}</th>
          <th scope="col">{t('region')}</th>
          <th scope="col">{t('state')}</th>
          <th scope="col">{t('devices')}</th>
          <th scope="col">{t('outbox')}</th>
          <th scope="col">{t('app')}</th>
          <th scope="col">{t('catalog')}</th>
          <th scope="col">{t('lastSeen')}</th>
          {canRevoke && <th scope="col">{t('actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid="terminal-row">
            <td className="mono">{row.code}</td>
            <td>{row.name}</td>
            <td>{row.hallName}</td>
            <td className="mono">{row.regionCode}</td>
            <td>
              <State row={row} />
            </td>
            <td>
              <Devices health={row.health} />
            </td>
            <td className="number">{row.outboxDepth ?? '—'}</td>
            <td>{row.versions?.app ?? '—'}</td>
            <td>{row.versions?.catalog ?? '—'}</td>
            <td className="mono">{formatTime(row.lastHeartbeatAt)}</td>
            {canRevoke && (
              <td>
                {!row.revokedAt && (
                  <button type="button" className="danger small" onClick={() => onRevoke(row)} aria-label={`${t('revoke')} ${row.code}`} data-testid="revoke">
                    {t('revoke')}
                  </button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
