import type { KioskApi, KioskBridge } from '../api.js';
import { createEventHub } from './event-hub.js';
import { unavailable } from './unavailable.js';
import { validation } from './validation.js';

/**
 * KioskApi over the preload's untyped bridge. The preload passes envelopes through unchanged;
 * the checks happen here, on the page's side, so a compromised or stale core cannot put an
 * unchecked value on screen.
 */
export function createElectronKiosk(bridge: KioskBridge): KioskApi {
  const hub = createEventHub();
  let subscribed = false;
  return {
    async invoke(name, payload) {
      const { parseReply, parseRequest } = await validation();
      const parsed = parseRequest(name, payload);
      let raw: unknown;
      try {
        raw = await bridge.invoke(name, parsed);
      } catch {
        throw unavailable();
      }
      return parseReply(name, raw);
    },
    on(event, listener) {
      if (!subscribed) {
        subscribed = true;
        // One promise, settled once: its callbacks run in the order the events came.
        bridge.on((raw) => {
          void validation().then(({ parseEvent }) => {
            const parsed = parseEvent(raw);
            if (parsed) hub.emit(parsed);
          });
        });
      }
      return hub.add(event, listener);
    },
  };
}
