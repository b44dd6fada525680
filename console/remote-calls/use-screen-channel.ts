import { useCallback, useEffect, useState } from 'react';
import { encodeScreenMessage, parseKioskMessage, type ClerkScreenMessage, type KioskScreenMessage } from '../../ui-shared/remote-call/screen-messages.js';

export type KioskScreen = Extract<KioskScreenMessage, { type: 'screen' }>;
export type CardPhoto = Extract<KioskScreenMessage, { type: 'cardPhoto' }>;
export type FillOutcome = Extract<KioskScreenMessage, { type: 'filled' }>['outcome'] | 'waiting';

export interface ScreenChannel {
  /** The kiosk's screen as last sent, with its stylesheet; null until the first arrives. */
  screen: KioskScreen | null;
  css: string;
  /** The card photo, or why there is none; null until the kiosk says. */
  cardPhoto: CardPhoto | null;
  /** What became of the clerk's last fill offer. */
  fill: FillOutcome | null;
  point(x: number, y: number): void;
  offerFill(field: string, value: string): void;
}

function send(channel: RTCDataChannel | null, message: ClerkScreenMessage): boolean {
  const text = encodeScreenMessage(message);
  if (!channel || channel.readyState !== 'open' || text === null) return false;
  channel.send(text);
  return true;
}

/** The clerk's end of the screen view's data channel: every message parsed, a bad one dropped. */
export function useScreenChannel(channel: RTCDataChannel | null): ScreenChannel {
  const [screen, setScreen] = useState<KioskScreen | null>(null);
  const [css, setCss] = useState('');
  const [cardPhoto, setCardPhoto] = useState<CardPhoto | null>(null);
  const [fill, setFill] = useState<{ request: string; outcome: FillOutcome } | null>(null);

  useEffect(() => {
    if (!channel) return;
    const listen = ({ data }: MessageEvent) => {
      const message = parseKioskMessage(data);
      if (message?.type === 'screen') setScreen(message);
      else if (message?.type === 'style') setCss(message.css);
      else if (message?.type === 'cardPhoto') setCardPhoto(message);
      else if (message?.type === 'filled') setFill((last) => (last?.request === message.request ? { request: message.request, outcome: message.outcome } : last));
    };
    channel.addEventListener('message', listen);
    return () => channel.removeEventListener('message', listen);
  }, [channel]);

  const point = useCallback((x: number, y: number) => void send(channel, { type: 'point', x, y }), [channel]);
  const offerFill = useCallback(
    (field: string, value: string) => {
      const request = crypto.randomUUID();
      if (send(channel, { type: 'fill', request, field, value })) setFill({ request, outcome: 'waiting' });
    },
    [channel],
  );
  return { screen, css, cardPhoto, fill: fill?.outcome ?? null, point, offerFill };
}
