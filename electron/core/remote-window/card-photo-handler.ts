import { wltDecoder } from '../../../drivers/idcard/photo.js';
import type { Handlers } from '../dispatch.js';
import type { Session } from '../session/session.js';

const mimes = { bmp: 'image/bmp', png: 'image/png', jpeg: 'image/jpeg' } as const;

/**
 * The card photo for the clerk's identity check, decoded here (where the licensed decoder is) for
 * the page to send peer to peer. A photo that will not decode is said so, its bytes never logged.
 */
export function cardPhotoHandler(session: Session): Pick<Handlers, 'remote.cardPhoto'> {
  return {
    'remote.cardPhoto': async () => {
      const wlt = session.isOpen() ? session.current().photoWlt : undefined;
      if (!wlt || wlt.length === 0) return { photo: null, reason: 'noCard' };
      const decoder = wltDecoder();
      if (!decoder) return { photo: null, reason: 'noDecoder' };
      try {
        const { format, bytes } = await decoder.decode(wlt);
        return { photo: { mime: mimes[format], base64: bytes.toString('base64'), decoder: decoder.name }, reason: null };
      } catch {
        return { photo: null, reason: 'undecodable' };
      }
    },
  };
}
