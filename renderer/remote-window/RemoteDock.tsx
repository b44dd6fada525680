import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { StreamVideo } from '../../ui-shared/remote-call/StreamVideo.js';
import { ErrorPanel } from '../ui/ErrorPanel.js';
import { Hotline } from '../ui/Hotline.js';
import { CallbackForm } from './CallbackForm.js';
import { useRemoteCall, type RemoteItem, type RemotePhase } from './use-remote-call.js';
import './remote.css';

/** The screen view loads only once a call is live: a kiosk without calls never parses it. */
const ScreenShare = lazy(() => import('./screen/ScreenShare.js').then((m) => ({ default: m.ScreenShare })));

function Status({ phase }: { phase: RemotePhase }) {
  const { t } = useTranslation('remote');
  switch (phase.phase) {
    case 'asking':
      return <p className="fact fact-wait">{t('asking')}</p>;
    case 'waiting':
      return <p className="fact fact-wait">{t('waiting')}</p>;
    case 'connecting':
      return <p className="fact fact-wait">{t('connecting', { clerk: phase.clerk })}</p>;
    case 'live':
      return <p className="fact fact-ok">{t('live', { clerk: phase.clerk })}</p>;
    case 'ended':
      return <p className="fact fact-ok" data-testid="remote-ended">{t(phase.by === 'citizen' ? 'endedCitizen' : phase.by === 'clerk' ? 'endedClerk' : 'lost')}</p>;
    case 'unanswered':
      return <p className="fact fact-wait" data-testid="remote-unanswered">{t('unanswered')}</p>;
    case 'failed':
      return <ErrorPanel error={phase.error} testId="remote-error" />;
  }
}

const over = (phase: RemotePhase): boolean => phase.phase === 'ended' || phase.phase === 'unanswered' || phase.phase === 'failed';

/**
 * The remote clerk's window, docked under the screen so the form stays in view: the clerk's
 * picture, the citizen's own, the light that says the camera and microphone are on, and 挂断.
 */
export function RemoteDock({ item, onClose }: { item: RemoteItem; onClose(): void }) {
  const { t } = useTranslation('remote');
  const call = useRemoteCall(item);
  const { phase } = call;
  return (
    <section className="remote-dock" aria-label={t('title')} data-testid="remote-dock" data-phase={phase.phase} data-screen-skip="space">
      <div className="remote-videos">
        {(phase.phase === 'connecting' || phase.phase === 'live') && (
          <>
            <StreamVideo stream={call.remote} muted={false} testId="remote-clerk-video" />
            <StreamVideo stream={call.local} muted testId="remote-self-video" />
          </>
        )}
      </div>
      <div className="remote-side" aria-live="polite">
        <h2>{t('title')}</h2>
        {call.local && (
          <p className="remote-camera-on" data-testid="remote-camera-on">
            <span aria-hidden="true">●</span> {t('camera')}
          </p>
        )}
        <Status phase={phase} />
        {call.identityCheckedBy && phase.phase === 'live' && (
          <p className="fact fact-ok" data-testid="remote-identity-checked">
            {t('identityChecked', { clerk: call.identityCheckedBy })}
          </p>
        )}
        {phase.phase === 'live' && call.screenChannel && (
          <Suspense fallback={null}>
            <ScreenShare channel={call.screenChannel} />
          </Suspense>
        )}
        {phase.phase === 'unanswered' && <CallbackForm callId={phase.callId} item={item} />}
        {phase.phase === 'failed' && <CallbackForm callId={null} item={item} />}
        {phase.phase === 'unanswered' || phase.phase === 'failed' ? <Hotline /> : <p className="remote-note">{t('notRecorded')}</p>}
        {over(phase) ? (
          <button type="button" className="secondary" data-testid="remote-close" onClick={onClose}>
            {t('close')}
          </button>
        ) : (
          <button type="button" className="primary main-action remote-hang-up" data-testid="remote-hang-up" onClick={call.hangUp}>
            {t('hangUp')}
          </button>
        )}
      </div>
    </section>
  );
}
