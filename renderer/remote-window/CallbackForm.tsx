import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyboardInput } from '../keyboard/KeyboardInput.js';
import { useKiosk } from '../transport/context.js';
import { useAction } from '../transport/use-action.js';
import { ErrorPanel } from '../ui/ErrorPanel.js';
import type { RemoteItem } from './use-remote-call.js';

/**
 * No clerk could be reached (the call `callId` went unanswered, or none could be made: null): a
 * mobile number for one to call back. The core keeps it and sends it when the line allows.
 */
export function CallbackForm({ callId, item }: { callId: string | null; item: RemoteItem }) {
  const { t } = useTranslation('remote');
  const kiosk = useKiosk();
  const [phone, setPhone] = useState('');
  const send = useCallback((number: string) => kiosk.invoke('remote.callback', { callId, item, phone: number }), [kiosk, callId, item]);
  const [left, leave] = useAction(send);
  if (left.state === 'done') {
    return (
      <p className="fact fact-ok" data-testid="remote-phone-left" data-upload={left.value.upload}>
        {t(left.value.upload === 'uploaded' ? 'phoneLeft' : 'phoneKept')}
      </p>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    leave(phone);
  };
  return (
    <form className="remote-callback" onSubmit={submit}>
      {callId === null && <p className="remote-note">{t('offlineCallback')}</p>}
      <label htmlFor="remote-phone">{t('phone')}</label>
      <KeyboardInput layout="phone" label={t('phone')} id="remote-phone" value={phone} onChange={(value) => setPhone(value.replace(/\D/g, ''))} maxLength={11} className="remote-phone" testId="remote-phone" />
      {left.state === 'failed' && <ErrorPanel error={left.error} testId="remote-phone-error" />}
      <button type="submit" className="primary" disabled={left.state === 'busy' || phone.length !== 11} data-testid="remote-phone-send">
        {t('leavePhone')}
      </button>
    </form>
  );
}
