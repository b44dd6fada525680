import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppCodes } from '../app-code/app-codes.js';
import { signAppCode } from '../app-code/sign.js';
import { openStore } from '../store/open-store.js';
import { Session, type Identity } from './session.js';
import { sessionHandlers } from './session-handlers.js';

const province = generateKeyPairSync('ed25519');
const chen: Identity = { cardType: 'resident', name: '陈晓欣', idNumber: '420103199003120029', source: 'card' };

/** A terminal whose card reader holds 陈晓欣's card; it counts what the session asked of the rest. */
function terminal() {
  const asked = { certificates: 0, forgotten: 0 };
  const session = new Session(60_000);
  const handlers = sessionHandlers(
    { session, readIdentity: async () => chen, appCodes: new AppCodes(openStore(':memory:'), [province.publicKey]) },
    { certificates: { load: async () => void asked.certificates++ }, submissions: { forget: () => void asked.forgotten++ } },
  );
  return { session, handlers, asked };
}

const codeOf = (who: Pick<Identity, 'idNumber' | 'name'>) =>
  signAppCode(province.privateKey, { ...who, issuedAt: new Date(), expiresAt: new Date(Date.now() + 60_000) });

describe('signing in and out', () => {
  it('shows a card holder only masked, and asks for their e-certificates while the read is fresh', async () => {
    const { handlers, asked } = terminal();
    expect(await handlers['identity.read']({ timeoutMs: 30_000 })).toEqual({ cardType: 'resident', maskedName: '陈*欣', maskedIdNumber: '4201**********0029', source: 'card' });
    expect(asked.certificates).toBe(1);
  });

  it('takes a typed number as typed, which opens nothing private', async () => {
    const { session, handlers } = terminal();
    expect((await handlers['identity.typed']({ idNumber: chen.idNumber, name: chen.name })).source).toBe('typed');
    expect(() => session.verified()).toThrow(/手动输入身份证号/);
  });

  it('takes a 鄂汇办 code the province signed once, and refuses it shown again', async () => {
    const { handlers } = terminal();
    const code = codeOf(chen);
    expect(await handlers['identity.appCode']({ code })).toMatchObject({ accepted: true, identity: { maskedName: '陈*欣', source: 'appCode' } });
    expect(await handlers['identity.appCode']({ code })).toEqual({ accepted: false, refusal: 'used' });
  });

  it('forgets the citizen and their receipt when the session ends', async () => {
    const { session, handlers, asked } = terminal();
    await handlers['identity.read']({ timeoutMs: 30_000 });
    expect(await handlers['session.end']({})).toEqual({ ended: true });
    expect(() => session.current()).toThrow(/请先刷身份证/);
    expect(asked.forgotten).toBe(1);
  });
});
