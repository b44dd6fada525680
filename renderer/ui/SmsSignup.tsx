import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mobileNumberPattern, type KioskError } from '../api.js';
import { KeyboardInput } from '../keyboard/KeyboardInput.js';
import { useKiosk } from '../transport/context.js';
import { toKioskError } from '../transport/unavailable.js';
import { ErrorPanel } from './ErrorPanel.js';

type Phase =
  | { name: 'offer' }
  | { name: 'phone' }
  | { name: 'code'; verificationId: string; phoneMasked: string }
  | { name: 'subscribed'; phoneMasked: string };

/**
 * 短信通知: the citizen's mobile number, typed on the phone pad and confirmed by the 6-digit code
 * the platform texts to it, for the case's progress by SMS: on the done screen and on a case
 * opened from 我的办件. Offered, never asked: most leave with the receipt. Online only; the core
 * keeps the number nowhere.
 */
export function SmsSignup({ caseNumber }: { caseNumber: string }) {
  const { t } = useTranslation('done');
  const kiosk = useKiosk();
  const [phase, setPhase] = useState<Phase>({ name: 'offer' });
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<KioskError | null>(null);
  const [busy, setBusy] = useState(false);
  const attempt = async (work: () => Promise<Phase>) => {
    setError(null);
    setBusy(true);
    try {
      setPhase(await work());
    } catch (failure) {
      setError(toKioskError(failure));
    } finally {
      setBusy(false);
    }
  };
  const sendCode = () =>
    attempt(async () => {
      const sent = await kiosk.invoke('sms.sendCode', { caseNumber, phone });
      setCode('');
      return { name: 'code', verificationId: sent.verificationId, phoneMasked: sent.phoneMasked };
    });
  const confirm = (verificationId: string) => attempt(async () => ({ name: 'subscribed', phoneMasked: (await kiosk.invoke('sms.confirm', { verificationId, code })).phoneMasked }));

  if (phase.name === 'offer') {
    return (
      <div className="sms-box">
        <button type="button" className="secondary" data-testid="sms-open" onClick={() => setPhase({ name: 'phone' })}>
          {t('smsOffer')}
        </button>
      </div>
    );
  }
  if (phase.name === 'subscribed') {
    return (
      <div className="sms-box" role="status">
        <p className="fact fact-ok" data-testid="sms-subscribed">
          {t('smsSubscribed', { phone: phase.phoneMasked })}
        </p>
      </div>
    );
  }
  return (
    <div className="sms-box" data-testid="sms-signup">
      <h2>{t('smsTitle')}</h2>
      {phase.name === 'phone' ? (
        <>
          <label className="field-label" htmlFor="sms-phone">
            {t('smsPhone')}
          </label>
          <KeyboardInput layout="phone" label={t('smsPhone')} id="sms-phone" className="text-input" testId="sms-phone" maxLength={11} value={phone} onChange={setPhone} autoFocus />
          <button type="button" className="primary" data-testid="sms-send" disabled={busy || !mobileNumberPattern.test(phone)} onClick={() => void sendCode()}>
            {t('smsSend')}
          </button>
        </>
      ) : (
        <>
          <label className="field-label" htmlFor="sms-code">
            {t('smsCode', { phone: phase.phoneMasked })}
          </label>
          <KeyboardInput layout="number" label={t('smsCodeLabel')} id="sms-code" className="text-input" testId="sms-code" maxLength={6} value={code} onChange={setCode} autoFocus />
          <button type="button" className="primary" data-testid="sms-confirm" disabled={busy || !/^\d{6}$/.test(code)} onClick={() => void confirm(phase.verificationId)}>
            {t('smsConfirm')}
          </button>
          <button type="button" className="secondary" data-testid="sms-resend" disabled={busy} onClick={() => void sendCode()}>
            {t('smsResend')}
          </button>
        </>
      )}
      {error && <ErrorPanel error={error} testId="sms-error" />}
    </div>
  );
}
