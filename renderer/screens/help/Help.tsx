import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HelpReason, ReplyOf, KioskStatus } from '../../api.js';
import { useKiosk, useRequest } from '../../transport/context.js';
import { useAction } from '../../transport/use-action.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { formatClock } from '../../ui/format.js';
import { Hotline } from '../../ui/Hotline.js';
import { HallHours } from '../service/HallHours.js';
import { RemoteAskButton } from '../../remote-window/RemoteAskButton.js';
import './help.css';

/** What a citizen may call staff for; idle_timeout is the kiosk's own, never chosen. */
const reasons = ['citizen_request', 'device_fault'] as const satisfies readonly HelpReason[];

/**
 * 呼叫帮办: asks first whether anyone is in the hall. Outside the staffed hours it says so and
 * offers 12345 only, since a call read hours later helps no one standing here now. Within them,
 * nothing is sent until the citizen confirms a reason. 12345 stays on screen whatever happens.
 */
export function Help({ onLeave, helpComing }: { onLeave: () => void; helpComing: KioskStatus['helpComing'] }) {
  const { t } = useTranslation('help');
  const [attempt, setAttempt] = useState(0);
  const availability = useRequest('help.availability', {}, attempt);
  return (
    <section className="screen help">
      <h1>{t('title')}</h1>
      <div data-testid="help-state" aria-live="polite">
        {availability.state === 'loading' && <p className="waiting">{t('checking')}</p>}
        {availability.state === 'failed' && <ErrorPanel error={availability.error} onRetry={() => setAttempt((n) => n + 1)} />}
        {availability.state === 'ready' && !availability.value.staffed && (
          <div data-testid="help-unstaffed">
            <p className="fact fact-wait">{t('unstaffed')}</p>
            {availability.value.staffedHours && <HallHours hours={availability.value.staffedHours} />}
          </div>
        )}
        {availability.state === 'ready' && availability.value.staffed && <HelpCall onLeave={onLeave} helpComing={helpComing} />}
      </div>
      <RemoteOffer />
      <Hotline />
    </section>
  );
}

/** 远程帮办: a clerk on the screen, staffed hall or not; a village terminal at night has nobody else. */
function RemoteOffer() {
  const { t } = useTranslation('remote');
  return (
    <div className="help-remote">
      <p>{t('askNote')}</p>
      <RemoteAskButton item={null} className="secondary main-action" />
    </div>
  );
}

/**
 * The reason, then 确认呼叫 or 取消; the call goes out only on 确认呼叫. Once placed it shows as
 * {@link PlacedCall} until the citizen leaves.
 */
function HelpCall({ onLeave, helpComing }: { onLeave: () => void; helpComing: KioskStatus['helpComing'] }) {
  const { t } = useTranslation('help');
  const kiosk = useKiosk();
  const [reason, setReason] = useState<HelpReason>('citizen_request');
  const send = useCallback((chosen: HelpReason) => kiosk.invoke('help.call', { reason: chosen }), [kiosk]);
  const [call, start] = useAction(send);
  if (call.state === 'done') return <PlacedCall placed={call.value} helpComing={helpComing} onLeave={onLeave} />;
  return (
    <div className="help-confirm" data-testid="help-confirm">
      <h2 id="help-reasons">{t('reasonsLabel')}</h2>
      <div className="choices" role="radiogroup" aria-labelledby="help-reasons">
        {reasons.map((r) => (
          <button key={r} type="button" role="radio" aria-checked={reason === r} className={reason === r ? 'choice choice-on' : 'choice'} data-testid={`help-reason-${r}`} onClick={() => setReason(r)}>
            {t(r)}
          </button>
        ))}
      </div>
      {call.state === 'failed' && <ErrorPanel error={call.error} testId="help-error" />}
      <div className="help-actions">
        <button type="button" className="secondary" data-testid="help-cancel" onClick={onLeave}>
          {t('cancel')}
        </button>
        <button type="button" className="primary main-action" data-testid="help-confirm-call" disabled={call.state === 'busy'} onClick={() => start(reason)}>
          {call.state === 'busy' ? t('calling') : t('confirm')}
        </button>
      </div>
    </div>
  );
}

type Placed = ReplyOf<'help.call'>;

/**
 * A call made: whether it reached the hall, who answered and when (heard with a heartbeat), and
 * 取消呼叫 for a citizen who no longer needs anyone, so nobody walks to an empty terminal. The
 * withdrawal goes up through the outbox as the call did.
 */
function PlacedCall({ placed, helpComing, onLeave }: { placed: Placed; helpComing: KioskStatus['helpComing']; onLeave: () => void }) {
  const { t } = useTranslation('help');
  const kiosk = useKiosk();
  const withdraw = useCallback(() => kiosk.invoke('help.cancel', { callId: placed.callId }), [kiosk, placed.callId]);
  const [cancel, startCancel] = useAction(withdraw);
  if (cancel.state === 'done') {
    return (
      <div data-testid="help-cancelled">
        <p className="fact fact-ok">{cancel.value.upload === 'uploaded' ? t('cancelled') : t('cancelledWaiting')}</p>
        <div className="help-actions">
          <button type="button" className="primary main-action" data-testid="help-done" onClick={onLeave}>
            {t('home')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div data-testid="help-placed">
      {helpComing ? (
        <p className="fact fact-ok" data-testid="help-coming">
          {t('coming', { by: helpComing.by, at: formatClock(new Date(helpComing.at)) })}
        </p>
      ) : (
        <p className={placed.upload === 'uploaded' ? 'fact fact-ok' : 'fact fact-wait'}>{placed.upload === 'uploaded' ? t('sent') : t('waiting')}</p>
      )}
      {cancel.state === 'failed' && <ErrorPanel error={cancel.error} testId="help-cancel-error" />}
      <div className="help-actions">
        <button type="button" className="secondary" data-testid="help-withdraw" disabled={cancel.state === 'busy'} onClick={() => startCancel()}>
          {t('withdraw')}
        </button>
      </div>
    </div>
  );
}
