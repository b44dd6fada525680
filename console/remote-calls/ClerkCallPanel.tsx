import { useTranslation } from 'react-i18next';
import { StreamVideo } from '../../ui-shared/remote-call/StreamVideo.js';
import type { RemoteCallSummary } from '../../platform/protocol/index.js';
import { Refusal } from '../shell/Refusal.js';
import { useSession } from '../shell/session.js';
import { IdentityCheck } from './IdentityCheck.js';
import { ScreenMirror } from './ScreenMirror.js';
import { useClerkCall } from './use-clerk-call.js';
import { useScreenChannel } from './use-screen-channel.js';

/** The call a clerk accepted: the citizen's picture, their own, what the citizen is on, and 挂断. */
export function ClerkCallPanel({ call, onBack }: { call: RemoteCallSummary; onBack(): void }) {
  const { t } = useTranslation('remote');
  const { api } = useSession();
  const { phase, identityCheckedBy, checkIdentity, local, remote, screenChannel, hangUp } = useClerkCall(api, call);
  const view = useScreenChannel(screenChannel);
  const over = phase.phase === 'ended' || phase.phase === 'failed';
  return (
    <section className="clerk-call" data-testid="clerk-call" data-phase={phase.phase}>
      <h2>{t('inCall', { terminal: `${call.hallName} ${call.terminalName}` })}</h2>
      <p>
        {t('item')}: <strong data-testid="clerk-call-item">{call.item ? call.item.name : t('noItem')}</strong>
      </p>
      {!over && (
        <div className="clerk-videos">
          <StreamVideo stream={remote} muted={false} testId="clerk-remote-video" className="clerk-video" />
          <StreamVideo stream={local} muted testId="clerk-self-video" className="clerk-video" />
          <IdentityCheck identity={call.identity} checkedBy={identityCheckedBy} onCheck={checkIdentity} cardPhoto={view.cardPhoto} />
        </div>
      )}
      {!over && screenChannel && <ScreenMirror view={view} />}
      {local && <p className="live live-on" data-testid="clerk-camera-on">{t('camera')}</p>}
      {phase.phase === 'ended' && (
        <p data-testid="clerk-call-ended">{t(phase.by === 'citizen' ? 'endedCitizen' : phase.by === 'clerk' ? 'endedClerk' : 'lost')}</p>
      )}
      {phase.phase === 'failed' && <Refusal error={phase.error} />}
      {over ? (
        <button type="button" className="secondary" data-testid="clerk-back" onClick={onBack}>
          {t('back')}
        </button>
      ) : (
        <button type="button" className="primary" data-testid="clerk-hang-up" onClick={hangUp}>
          {t('hangUp')}
        </button>
      )}
    </section>
  );
}
