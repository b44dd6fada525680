import { describe, expect, it } from 'vitest';
import { PlatformRefusedError } from '../uplink/platform-client.js';
import { askPlatform } from './payment-errors.js';

describe('a case fee the platform will not order', () => {
  it.each(['case_fee_mismatch', 'case_fee_unverifiable', 'case_refunded'])('is said to the citizen as paid at a window, nothing charged (%s)', async (reason) => {
    const refused = askPlatform(() => Promise.reject(new PlatformRefusedError(reason === 'case_refunded' ? 409 : 422, `${reason}: …`, true)));
    await expect(refused).rejects.toMatchObject({ code: 'FEE_AT_WINDOW', message: '该项收费不能在本终端缴纳', hint: expect.stringContaining('没有扣款'), en: { hint: expect.stringContaining('Nothing was charged') } });
  });

  it('says a case marked not proceeding needs nothing, and where to see why', async () => {
    const refused = askPlatform(() => Promise.reject(new PlatformRefusedError(409, 'case_not_proceeding: …', true)));
    await expect(refused).rejects.toMatchObject({ code: 'CASE_NOT_PROCEEDING', message: expect.stringContaining('无需缴费'), hint: expect.stringContaining('已退还'), en: { message: expect.stringContaining('nothing is due') } });
  });
});
