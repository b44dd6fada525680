import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseClerkMessage, type ClerkScreenMessage } from '../../../ui-shared/remote-call/screen-messages.js';
import { useKiosk } from '../../transport/context.js';
import { FillConsent, type FillOffer } from './FillConsent.js';
import { PointerMarks, type PointerMark } from './PointerMarks.js';
import { fieldOnScreen, typeableInto, typeInto } from './screen-fields.js';
import { sendTo, streamScreen, type ScreenStream } from './stream-screen.js';
import './screen.css';

/** The app, which the clerk sees; the dock and this view's own parts carry data-screen-skip. */
const appRoot = (): HTMLElement | null => document.querySelector<HTMLElement>('[data-testid="kiosk-root"]');

/** The card photo for the clerk's identity check, decoded by the core, sent peer to peer. */
async function sendCardPhoto(kiosk: ReturnType<typeof useKiosk>, channel: RTCDataChannel): Promise<void> {
  const { photo, reason } = await kiosk.invoke('remote.cardPhoto', {});
  sendTo(channel, { type: 'cardPhoto', photo, reason });
}

/**
 * 远程帮办's screen view, loaded only once a call is live: the kiosk's screen streamed to the
 * clerk (typed values masked until the citizen shows them), the clerk's pointer, and the clerk's
 * offers to fill a field, each asked of the citizen first.
 */
export function ScreenShare({ channel }: { channel: RTCDataChannel }) {
  const { t } = useTranslation('remoteScreen');
  const kiosk = useKiosk();
  const [shown, setShown] = useState(false);
  const [marks, setMarks] = useState<PointerMark[]>([]);
  const [offer, setOffer] = useState<FillOffer | null>(null);
  const stream = useRef<ScreenStream | null>(null);

  const onMessage = useCallback(
    (message: ClerkScreenMessage) => {
      if (message.type === 'point') {
        setMarks((now) => [...now.slice(-2), { id: Date.now() + Math.random(), x: message.x, y: message.y }]);
        return;
      }
      const root = appRoot();
      const field = root ? fieldOnScreen(root, message.field) : null;
      if (!field) return sendTo(channel, { type: 'filled', request: message.request, outcome: 'notOnScreen' });
      if (!typeableInto(field.input, message.value)) return sendTo(channel, { type: 'filled', request: message.request, outcome: 'invalid' });
      setOffer((open) => {
        // One question at a time: an offer while another waits is declined, and the clerk hears so.
        if (open) sendTo(channel, { type: 'filled', request: message.request, outcome: 'declined' });
        return open ?? { request: message.request, field: message.field, label: field.label, value: message.value };
      });
    },
    [channel],
  );

  useEffect(() => {
    const root = appRoot();
    if (!root) return;
    stream.current = streamScreen(channel, root, false);
    const listen = ({ data }: MessageEvent) => {
      const message = parseClerkMessage(data);
      if (message) onMessage(message);
    };
    channel.addEventListener('message', listen);
    const photo = () => void sendCardPhoto(kiosk, channel).catch(() => console.warn('remote screen: the card photo could not be read'));
    if (channel.readyState === 'open') photo();
    else channel.addEventListener('open', photo, { once: true });
    return () => {
      stream.current?.stop();
      channel.removeEventListener('message', listen);
      channel.removeEventListener('open', photo);
    };
  }, [channel, kiosk, onMessage]);

  useEffect(() => stream.current?.setShown(shown), [shown]);

  const answer = (agreed: boolean) => {
    if (!offer) return;
    setOffer(null);
    const field = agreed ? fieldOnScreen(appRoot() ?? document, offer.field) : null;
    if (field) typeInto(field.input, offer.value);
    sendTo(channel, { type: 'filled', request: offer.request, outcome: !agreed ? 'declined' : field ? 'agreed' : 'notOnScreen' });
  };

  return (
    <div className="remote-screen" data-testid="remote-screen">
      <p className="remote-screen-note">{t(shown ? 'sharingShown' : 'sharing')}</p>
      <button type="button" className={shown ? 'secondary remote-show on' : 'secondary remote-show'} aria-pressed={shown} data-testid="remote-show-typed" onClick={() => setShown(!shown)}>
        {t(shown ? 'hide' : 'show')}
      </button>
      <PointerMarks marks={marks} onFaded={(id) => setMarks((now) => now.filter((mark) => mark.id !== id))} />
      {offer && <FillConsent offer={offer} onAnswer={answer} />}
    </div>
  );
}
