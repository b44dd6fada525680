import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { terminalHistoryReplySchema, type TerminalHistoryReply } from '../../platform/protocol/admin.js';
import { Chart } from '../charts/Chart.js';
import { ScreenshotPanel } from '../commands/ScreenshotPanel.js';
import { ConfigVersion, Devices, State } from '../fleet/FleetTable.js';
import { onlineState } from '../fleet/online-state.js';
import { formatTime } from '../shell/format.js';
import { Refusal } from '../shell/Refusal.js';
import { hrefOf, type Route } from '../shell/route.js';
import { TableHead } from '../shell/TableHead.js';
import { useSession } from '../shell/session.js';
import { useLoad } from '../shell/use-load.js';
import { casesChart, heartbeatChart } from './terminal-charts.js';

function Facts({ history }: { history: TerminalHistoryReply }) {
  const { t } = useTranslation('fleet');
  const { t: tt } = useTranslation('terminal');
  const { terminal } = history;
  const row = { ...terminal, state: onlineState(terminal.lastHeartbeatAt, history.platformTime, history.heartbeatIntervalSeconds) };
  const facts: [string, React.ReactNode][] = [
    [t('state'), <State row={row} />],
    [t('devices'), <Devices health={terminal.health} />],
    [t('outbox'), terminal.outboxDepth ?? '—'],
    [t('lastSeen'), formatTime(terminal.lastHeartbeatAt)],
    [t('app'), terminal.versions?.app ?? '—'],
    [t('catalog'), terminal.versions?.catalog ?? '—'],
    [t('config'), <ConfigVersion row={row} />],
    [t('region'), terminal.regionCode],
    [tt('enrolled'), formatTime(terminal.enrolledAt)],
  ];
  return (
    <section className="panel" aria-labelledby="facts-title">
      <h2 id="facts-title">{tt('facts')}</h2>
      <dl className="facts" data-testid="terminal-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function DeviceEvents({ events }: { events: TerminalHistoryReply['deviceEvents'] }) {
  const { t } = useTranslation('terminal');
  if (events.length === 0) return <p>{t('noEvents')}</p>;
  return (
    <table className="table" data-testid="device-events">
      <TableHead labels={[t('at'), t('device'), t('state'), t('detail')]} />
      <tbody>
        {events.map((event) => (
          <tr key={event.id} data-testid="device-event">
            <td className="mono">{formatTime(event.at)}</td>
            <td>{event.device}</td>
            <td className={event.state === 'ok' ? undefined : 'fault'}>{t(`event_${event.state}`)}</td>
            <td>{event.detail ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function History({ history }: { history: TerminalHistoryReply }) {
  const { t } = useTranslation('terminal');
  const { heartbeats, casesPerDay } = history;
  const beats = useMemo(() => heartbeatChart(heartbeats, { outbox: t('outboxSeries'), skew: t('skewSeries') }), [heartbeats, t]);
  const cases = useMemo(() => casesChart(casesPerDay, t('casesSeries')), [casesPerDay, t]);
  const caseCount = casesPerDay.reduce((sum, d) => sum + d.count, 0);
  return (
    <div className="charts">
      <section className="panel" aria-labelledby="beats-title">
        <h2 id="beats-title">{t('heartbeats')}</h2>
        {heartbeats.length === 0 ? <p>{t('noHeartbeats')}</p> : <Chart option={beats} label={t('heartbeatsLabel', { count: heartbeats.length })} testId="heartbeat-chart" />}
      </section>
      <section className="panel" aria-labelledby="cases-title">
        <h2 id="cases-title">{t('casesPerDay')}</h2>
        {casesPerDay.length === 0 ? <p>{t('noCases')}</p> : <Chart option={cases} label={t('casesLabel', { count: caseCount })} testId="cases-chart" />}
      </section>
    </div>
  );
}

/** One terminal: where it stands now, its heartbeats, cases and device events. */
export function TerminalPage({ terminalId, go }: { terminalId: string; go(route: Route): void }) {
  const { t } = useTranslation('terminal');
  const { api } = useSession();
  const load = useCallback(() => api.get(`/v1/admin/terminals/${encodeURIComponent(terminalId)}/history`, terminalHistoryReplySchema), [api, terminalId]);
  const { data, error } = useLoad(load);
  const fleet: Route = { page: 'fleet' };
  return (
    <main className="page">
      <a
        href={hrefOf(fleet)}
        onClick={(event) => {
          event.preventDefault();
          go(fleet);
        }}
      >
        {t('back')}
      </a>
      <Refusal error={error} />
      {data && (
        <>
          <h1 data-testid="terminal-title">
            {data.terminal.name} <span className="mono">{data.terminal.code}</span> · {data.terminal.hallName}
          </h1>
          <Facts history={data} />
          <History history={data} />
          <ScreenshotPanel terminalId={data.terminal.id} />
          <section className="panel" aria-labelledby="events-title">
            <h2 id="events-title">{t('deviceEvents')}</h2>
            <DeviceEvents events={data.deviceEvents} />
          </section>
        </>
      )}
    </main>
  );
}
