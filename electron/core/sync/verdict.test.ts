import { describe, expect, it } from 'vitest';
import { PlatformRefusedError, PlatformUnavailableError } from '../uplink/platform-client.js';
import { verdictOf } from './verdict.js';

const refused = (status: number, explained = true) => new PlatformRefusedError(status, 'bad_request: cases[0].answers: NUL', explained);

describe('what a failed request says about the items it carried', () => {
  it('a 4xx in the platform’s words about the content is a refusal of the item, whatever its number', () => {
    for (const status of [400, 409, 410, 413, 415, 422]) expect(verdictOf(refused(status)).kind, String(status)).toBe('refused');
  });

  it('credentials (401), a timeout (408) and a rate limit (429) say nothing of the item', () => {
    for (const status of [401, 408, 429]) expect(verdictOf(refused(status)).kind, String(status)).toBe('unavailable');
  });

  it('a 403 or 404, or a 4xx not in the platform’s words, is a failure counted against the item, never a dead letter', () => {
    for (const error of [refused(403), refused(404), refused(400, false), refused(422, false)]) expect(verdictOf(error).kind, error.message).toBe('failed');
  });

  it('a 500 is a failure that may be the item’s; a gateway’s 502/503/504 or no answer at all is the line', () => {
    expect(verdictOf(new PlatformUnavailableError('HTTP 500', 500)).kind).toBe('failed');
    for (const status of [502, 503, 504]) expect(verdictOf(new PlatformUnavailableError(`HTTP ${status}`, status)).kind).toBe('unavailable');
    expect(verdictOf(new PlatformUnavailableError('fetch failed')).kind).toBe('unavailable');
    expect(verdictOf(new Error('socket hang up')).kind).toBe('unavailable');
  });
});
