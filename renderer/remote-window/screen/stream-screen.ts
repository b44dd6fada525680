import { encodeScreenMessage, type KioskScreenMessage } from '../../../ui-shared/remote-call/screen-messages.js';
import { screenFields } from './screen-fields.js';
import { snapshotOf } from './snapshot.js';

/** At most this often a new snapshot goes: a burst of typing or a render costs one, not dozens. */
const coalesceMs = 300;

/**
 * The performance measure of each snapshot (serialised, fields found, encoded), its size in
 * characters in the detail: `npm run bench -- --only remote` observes it. Cleared as soon as it is
 * taken, so a kiosk in service keeps no growing buffer.
 */
const snapshotMeasure = 'tongban:remote-snapshot';


export interface ScreenStream {
  /** The citizen showed or hid what they typed: the clerk's mirror follows at once. */
  setShown(shown: boolean): void;
  stop(): void;
}

/** The kiosk's own stylesheets as text, for the mirror to draw the screen as the kiosk does. */
function kioskCss(): string {
  return Array.from(document.styleSheets)
    .flatMap((sheet) => {
      try {
        return Array.from(sheet.cssRules, (rule) => rule.cssText);
      } catch {
        return []; // a sheet of another origin is not ours to read
      }
    })
    .join('\n');
}

/** Sends a message if the channel is open and it fits; a screen too large is not sent (said once). */
export function sendTo(channel: RTCDataChannel, message: KioskScreenMessage, start?: number): void {
  if (channel.readyState !== 'open') return;
  const text = encodeScreenMessage(message);
  if (start !== undefined) {
    performance.measure(snapshotMeasure, { start, detail: { chars: text?.length ?? 0 } });
    performance.clearMeasures(snapshotMeasure);
  }
  if (text === null) console.warn(`remote screen: a ${message.type} message is too large to send`);
  else channel.send(text);
}

/**
 * Streams `root` (the app) to the clerk over `channel`: the stylesheet once, then a snapshot on
 * every change (DOM mutations, typing, scrolling), coalesced, and only when it differs from the last one.
 */
export function streamScreen(channel: RTCDataChannel, root: HTMLElement, shown: boolean): ScreenStream {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const send = (): void => {
    timer = undefined;
    const start = performance.now();
    const { html, scrolls, spaces } = snapshotOf(root, { shown });
    const fields = screenFields(root, shown);
    const key = `${shown}${window.innerWidth}x${window.innerHeight}${JSON.stringify(fields)}${scrolls.join()}${JSON.stringify(spaces)}${html}`;
    if (key === last) return;
    last = key;
    sendTo(channel, { type: 'screen', html, scrolls, spaces, width: window.innerWidth, height: window.innerHeight, fields, shown }, start);
  };
  const soon = (): void => {
    timer ??= setTimeout(send, coalesceMs);
  };
  const observer = new MutationObserver(soon);
  const start = (): void => {
    sendTo(channel, { type: 'style', css: kioskCss() });
    send();
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    root.addEventListener('input', soon, true);
    root.addEventListener('scroll', soon, true);
    window.addEventListener('resize', soon);
  };
  if (channel.readyState === 'open') start();
  else channel.addEventListener('open', start, { once: true });
  return {
    setShown(next) {
      shown = next;
      soon();
    },
    stop() {
      clearTimeout(timer);
      observer.disconnect();
      root.removeEventListener('input', soon, true);
      root.removeEventListener('scroll', soon, true);
      window.removeEventListener('resize', soon);
      channel.removeEventListener('open', start);
    },
  };
}
