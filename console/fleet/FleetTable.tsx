import { useTranslation } from 'react-i18next';
import { formatTime } from '../shell/format.js';
import type { Route } from '../shell/route.js';
import { TableHead } from '../shell/TableHead.js';
import { TerminalLink } from '../shell/TerminalLink.js';
import { configBehind, type FleetRow } from './fleet-view.js';

export function Devices({ health }: { health: FleetRow['health'] }) {
  const { t } = useTranslation('fleet');
  if (health === null) return <>{t('noReport')}</>;
  const faults = Object.entries(health).filter(([, device]) => !device.ok);
  if (faults.length === 0) return <>{t('devicesOk', { count: Object.keys(health).length })}</>;
  return <span className="fault">{t('devicesFault', { names: faults.map(([name, device]) => (device.detail ? `${name}（${device.detail}）` : name)).join('、') })}</span>;
}

/** The remote-config version the terminal runs, marked when the platform sends it a newer one. */
export function ConfigVersion({ row }: { row: FleetRow }) {
  const { t } = useTranslation('fleet');
  const runs = row.configVersion ?? '—';
  if (!configBehind(row)) return <>{runs}</>;
  return (
    <span className="fault" data-testid="config-behind">
      {t('configBehind', { runs, current: row.currentConfigVersion })}
    </span>
  );
}

export function State({ row }: { row: FleetRow }) {
  const { t } = useTranslation('fleet');
  return (
    <span className={`state state-${row.revokedAt ? 'revoked' : row.state}`}>
      {t(`state_${row.state}`)}
      {row.revokedAt && ` · ${t('revoked')}`}
    </span>
  );
}

const columns = ['code', 'name', 'hall', 'region', 'state', 'devices', 'outbox', 'app', 'catalog', 'config', 'lastSeen'] as const;

interface TableProps {
  rows: FleetRow[];
  canRevoke: boolean;
  onRevoke(row: FleetRow): void;
  onCommands(row: FleetRow): void;
  go(route: Route): void;
}

/** One page of terminals, each code leading to its page; each row opens its commands, and admins may revoke. */
export function FleetTable({ rows, canRevoke, onRevoke, onCommands, go }: TableProps) {
  const { t } = useTranslation('fleet');
  const { t: commands } = useTranslation('commands');
  return (
    <table className="table" data-testid="fleet-table">
      <TableHead labels={[...columns.map((column) => t(column)), t('actions')]} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid="terminal-row">
            <td className="mono">
              <TerminalLink id={row.id} go={go}>
                {row.code}
              </TerminalLink>
            </td>
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
            <td>
              <ConfigVersion row={row} />
            </td>
            <td className="mono">{formatTime(row.lastHeartbeatAt)}</td>
            <td className="row-actions">
              <button type="button" className="secondary small" onClick={() => onCommands(row)} aria-label={`${commands('open')} ${row.code}`} data-testid="commands">
                {commands('open')}
              </button>
              {canRevoke && !row.revokedAt && (
                <button type="button" className="danger small" onClick={() => onRevoke(row)} aria-label={`${t('revoke')} ${row.code}`} data-testid="revoke">
                  {t('revoke')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
