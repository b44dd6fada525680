import { describe, expect, it } from 'vitest';
import { registerWltDecoder } from '../../../drivers/idcard/photo.js';
import { CHEN_XIAOXIN } from '../../../drivers/sim/cards.js';
import { simulatorWltDecoder } from '../../../drivers/sim/sim-wlt-decoder.js';
import { Session } from '../session/session.js';
import { cardPhotoHandler } from './card-photo-handler.js';

const chen = { cardType: 'resident', name: '陈晓欣', idNumber: '420103199003120029', source: 'card' } as const;

// One file, one order: the decoder registry is the process's, and nothing registers one before these run.
describe('the card photo for the remote clerk', () => {
  const session = new Session(60_000);
  const photo = cardPhotoHandler(session)['remote.cardPhoto'];

  it('says there is no card when nobody read one, or the identity was typed', async () => {
    expect(await photo({})).toEqual({ photo: null, reason: 'noCard' });
    session.identify({ ...chen, source: 'typed' });
    expect(await photo({})).toEqual({ photo: null, reason: 'noCard' });
  });

  it('says plainly that this terminal has no decoder, when none is registered', async () => {
    session.identify({ ...chen, photoWlt: CHEN_XIAOXIN.photoWlt });
    expect(await photo({})).toEqual({ photo: null, reason: 'noDecoder' });
  });

  it("gives the decoded photo, named with its decoder, and says so when the decoder cannot read the card's", async () => {
    registerWltDecoder(simulatorWltDecoder);
    const reply = await photo({});
    expect(reply).toMatchObject({ photo: { mime: 'image/bmp', decoder: simulatorWltDecoder.name }, reason: null });
    expect(Buffer.from(reply.photo?.base64 ?? '', 'base64').subarray(0, 2).toString()).toBe('BM');
    session.identify({ ...chen, photoWlt: Buffer.alloc(1024, 9) });
    expect(await photo({})).toEqual({ photo: null, reason: 'undecodable' });
  });
});
