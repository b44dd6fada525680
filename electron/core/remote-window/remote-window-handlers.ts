import { v7 as uuidv7 } from 'uuid';
import { remoteSignalSchema } from '../../../platform/protocol/remote-calls.js';
import { refusal } from '../../api/kiosk-error.js';
import type { Handlers } from '../dispatch.js';
import { eventUpload } from '../feedback/feedback.js';
import type { KioskServices } from '../kiosk-services.js';
import { viewOf } from '../session/session.js';
import { askRemote } from './remote-window-errors.js';

type RemoteRequests = 'remote.ask' | 'remote.news' | 'remote.signal' | 'remote.end' | 'remote.callback';

/**
 * 远程帮办: the page's requests relayed to the platform under the terminal's key. No signal is kept
 * here; the session remembers which of its calls checked the citizen, for their case. A number to
 * call back goes through the outbox, so it reaches the platform offline too.
 */
export function remoteWindowHandlers(services: Pick<KioskServices, 'platform' | 'session' | 'events' | 'uploads'>): Pick<Handlers, RemoteRequests> {
  const { platform, session } = services;
  return {
    'remote.ask': async ({ item }) => {
      const callId = uuidv7();
      // The identified citizen's card read, masked as on the screen, for the clerk's identity check.
      const identity = session.isOpen() ? viewOf(session.current()) : null;
      const { iceServers } = await askRemote(() => platform.remoteAsk({ id: callId, item, identity }));
      if (identity) session.askedRemote(callId);
      return { callId, iceServers };
    },
    'remote.news': async ({ callId, after, seen }) => {
      const news = await askRemote(() => platform.remoteNews(callId, after, seen));
      // Heard here, not from the page: the page cannot make a case claim a check it did not have.
      if (news.identityCheckedBy !== null) session.remoteChecked(callId);
      return news;
    },
    'remote.signal': async ({ callId, signal }) => {
      // The platform's own wire rules (no control characters, CRLF only in SDP), before anything is sent.
      const checked = remoteSignalSchema.safeParse(signal);
      if (!checked.success) throw refusal('BAD_REQUEST', { zh: '通话信令无效', en: 'The call signal is not valid' });
      await askRemote(() => platform.remotePost(callId, 'signals', { signal: checked.data }));
      return { sent: true };
    },
    'remote.end': async ({ callId, by }) => {
      await askRemote(() => platform.remotePost(callId, 'end', { by }));
      return { ended: true };
    },
    'remote.callback': async ({ callId, item, phone }) => {
      const eventId = services.events.callbackRequest({ phone, ...(callId ? { call: callId } : {}), ...(item ? { item } : {}) });
      return { left: true, upload: await eventUpload(services, eventId) };
    },
  };
}
