import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { commandListReplySchema } from '../../platform/protocol/commands.js';
import { formatTime } from '../shell/format.js';
import { Refusal } from '../shell/Refusal.js';
import { useSession } from '../shell/session.js';
import { useAction } from '../shell/use-action.js';
import { useLoad } from '../shell/use-load.js';

/** While a screenshot waits, the panel asks again this often: it comes with the terminal's next heartbeat. */
const pollMs = 2000;
/** A screenshot nobody is at the terminal to allow soon is not worth taking later. */
const expiresInMinutes = 10;

/** Where the console reads the picture a screenshot command brought back (the platform checks the region). */
export function screenshotSrc(terminalId: string, commandId: string): string {
  return `/v1/admin/terminals/${encodeURIComponent(terminalId)}/commands/${encodeURIComponent(commandId)}/screenshot`;
}

/**
 * The kiosk's screen as its newest screenshot showed it, and a button to take one (operators and
 * admins): the terminal takes it only with nobody at it, and says so otherwise.
 */
export function ScreenshotPanel({ terminalId }: { terminalId: string }) {
  const { t } = useTranslation('commands');
  const { api, account } = useSession();
  const path = `/v1/admin/terminals/${encodeURIComponent(terminalId)}/commands`;
  const load = useCallback(() => api.get(path, commandListReplySchema), [api, path]);
  const { data, error, reload } = useLoad(load);
  const { busy, error: sendError, run } = useAction();
  const shots = data?.commands.filter((c) => c.kind === 'screenshot') ?? [];
  const latest = shots[0];
  const pictured = shots.find((c) => c.screenshot !== null);
  useEffect(() => {
    if (latest?.state !== 'pending') return undefined;
    const timer = setInterval(reload, pollMs);
    return () => clearInterval(timer);
  }, [latest?.state, reload]);
  const take = () =>
    run(async () => {
      await api.post(path, { kind: 'screenshot', expiresInMinutes });
      reload();
    });
  return (
    <section className="panel screenshot" aria-labelledby="screenshot-title" data-testid="screenshot-panel">
      <h2 id="screenshot-title">{t('screenshotTitle')}</h2>
      <p>{t('screenshotLead')}</p>
      {account.role !== 'auditor' && (
        <button type="button" className="primary" disabled={busy || latest?.state === 'pending'} onClick={() => void take()} data-testid="screenshot-take">
          {t('screenshotTake')}
        </button>
      )}
      {latest && (
        <p role="status" data-testid="screenshot-state" data-state={latest.state}>
          <span className={`state command-${latest.state}`}>{t(`state_${latest.state}`)}</span> {latest.detail ?? ''}
        </p>
      )}
      <Refusal error={error} />
      <Refusal error={sendError} />
      {pictured?.screenshot ? (
        <figure>
          <a href={screenshotSrc(terminalId, pictured.id)} target="_blank" rel="noreferrer">
            <img src={screenshotSrc(terminalId, pictured.id)} width={pictured.screenshot.width} height={pictured.screenshot.height} alt={t('screenshotAlt', { at: formatTime(pictured.ackedAt) })} data-testid="screenshot-image" />
          </a>
          <figcaption>{t('screenshotAt', { at: formatTime(pictured.ackedAt), by: pictured.sentBy })}</figcaption>
        </figure>
      ) : (
        <p>{t('screenshotNone')}</p>
      )}
    </section>
  );
}
