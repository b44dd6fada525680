// 短信通知 on the platform: a code to the phone, its limits, and one progress message per status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogSmsProvider } from '../../../platform/sms/provider.js';
import { smsCodeSentSchema, type SmsCodeSent } from '../../../platform/protocol/index.js';
import { databaseKinds, enrollTerminal, expectPlatformError, makeCase, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const phone = '13812345678';

describe.each(databaseKinds)('SMS progress subscriptions on %s', (kind) => {
  const sms = new LogSmsProvider();
  const logged: string[] = [];
  let platform: TestPlatform;
  let terminal: TestTerminal;
  let other: TestTerminal;
  beforeAll(async () => {
    platform = await startTestPlatform(kind, { sms, log: (line) => logged.push(line) });
    terminal = await enrollTerminal(platform);
    other = await enrollTerminal(platform);
  });
  afterAll(() => platform.close());

  const ask = (caseNumber: string, by = terminal) => signedFetch(platform, by, '/v1/sms/verifications', { body: JSON.stringify({ caseNumber, phone }) });
  const codeSent = async (caseNumber: string): Promise<{ sent: SmsCodeSent; code: string }> => {
    const res = await ask(caseNumber);
    expect(res.status).toBe(200);
    const code = /验证码 (\d{6})/.exec(sms.sent.at(-1)?.text ?? '')?.[1] ?? '';
    return { sent: smsCodeSentSchema.parse(await res.json()), code };
  };
  const confirm = (id: string, code: string, by = terminal) => signedFetch(platform, by, `/v1/sms/verifications/${id}/confirm`, { body: JSON.stringify({ code }) });
  const upload = (c: ReturnType<typeof makeCase>) => signedFetch(platform, terminal, '/v1/cases', { body: JSON.stringify({ cases: [c] }) });
  const messagesAbout = (caseNumber: string) => sms.sent.filter((m) => m.text.includes(caseNumber) && !m.text.includes('验证码'));

  it('sends a code to the phone, subscribes on the right code, and tells the number once the case arrives', async () => {
    const c = makeCase(terminal);
    const { sent, code } = await codeSent(c.caseNumber);
    expect(sent.phoneMasked).toBe('138****5678');
    expect(sms.sent.at(-1)?.phone).toBe(phone);
    expect(await (await confirm(sent.verificationId, code)).json()).toEqual({ subscribed: true, phoneMasked: '138****5678' });
    // Not at the platform yet (the kiosk's outbox): nothing to say until it arrives.
    expect(messagesAbout(c.caseNumber)).toEqual([]);
    expect((await upload(c)).status).toBe(200);
    expect((await upload(c)).status).toBe(200);
    expect(messagesAbout(c.caseNumber)).toEqual([{ phone, text: expect.stringContaining('已受理，正在审核') }]);
  });

  it('tells the status at once when the case is already at the platform', async () => {
    const c = makeCase(terminal);
    expect((await upload(c)).status).toBe(200);
    const { sent, code } = await codeSent(c.caseNumber);
    expect((await confirm(sent.verificationId, code)).status).toBe(200);
    expect(messagesAbout(c.caseNumber)).toHaveLength(1);
  });

  it('counts wrong codes, refuses the right one after five, and never shows a code to another terminal', async () => {
    const c = makeCase(terminal);
    const { sent, code } = await codeSent(c.caseNumber);
    const wrong = code === '000000' ? '111111' : '000000';
    await expectPlatformError(await confirm(sent.verificationId, code, other), 404, 'sms_verification_not_found');
    for (let left = 4; left >= 0; left -= 1) {
      const res = await confirm(sent.verificationId, wrong);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain(`还可输入 ${left} 次`);
    }
    await expectPlatformError(await confirm(sent.verificationId, code), 429, 'sms_code_locked');
  });

  it('refuses an expired code and a fourth code for one case within the hour', async () => {
    const c = makeCase(terminal);
    const { sent, code } = await codeSent(c.caseNumber);
    await platform.db.query("UPDATE sms_verifications SET expires_at = now() - interval '1 second' WHERE id = $1", [sent.verificationId]);
    await expectPlatformError(await confirm(sent.verificationId, code), 410, 'sms_code_expired');
    await codeSent(c.caseNumber);
    await codeSent(c.caseNumber);
    await expectPlatformError(await ask(c.caseNumber), 429, 'sms_too_many_codes');
  });

  it('refuses another terminal’s case and a number that is not a mobile number', async () => {
    await expectPlatformError(await ask(makeCase(terminal).caseNumber, other), 403, 'case_number_not_this_terminal');
    const res = await signedFetch(platform, terminal, '/v1/sms/verifications', { body: JSON.stringify({ caseNumber: makeCase(terminal).caseNumber, phone: '1234' }) });
    expect(res.status).toBe(400);
  });

  it('keeps the number out of its log', () => {
    expect(logged.join('\n')).not.toContain(phone);
  });
});
