import { describe, expect, it } from 'vitest';
import { failure, replyEnvelopeSchema } from '../api/envelope.js';
import { bridgeErrors } from './bridge-errors.js';

describe('the bridge refusals', () => {
  it.each([
    ['a request from another page', bridgeErrors.unauthorized('not from the kiosk page')],
    ['a body too large', bridgeErrors.tooLarge(1024)],
    ['a body that is not JSON', bridgeErrors.notJson()],
    ['a fault of the host', bridgeErrors.hostFault()],
  ])('reach the screen as an error it can show in Chinese and English: %s', (_what, error) => {
    // The renderer checks every reply with this schema: a refusal without English would become "bad reply".
    const envelope = replyEnvelopeSchema.parse(JSON.parse(JSON.stringify(failure(error))));
    expect(envelope).toMatchObject({ ok: false, error: { message: expect.stringMatching(/\p{Script=Han}/u), en: { message: expect.stringMatching(/^[A-Z]/) } } });
  });
});
