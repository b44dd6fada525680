import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { between, prng } from '../../../tests/support/prng.js';
import { openStore } from '../store/open-store.js';
import { AppCodes } from './app-codes.js';
import { signAppCode, type AppCodeClaims } from './sign.js';
import { verifyAppCode } from './verify.js';

const province = generateKeyPairSync('ed25519');
const otherService = generateKeyPairSync('ed25519');
const now = new Date('2026-11-23T09:00:00Z');
const chen: AppCodeClaims = { idNumber: '420103199003120029', name: '陈晓欣', issuedAt: now, expiresAt: new Date(now.getTime() + 60_000) };
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

function codes(keys = [province.publicKey], clock = () => now): AppCodes {
  return new AppCodes(openStore(':memory:'), keys, clock);
}

describe('鄂汇办 codes on this terminal', () => {
  it('takes a code the province signed and says whose it is', () => {
    const checked = codes().check(signAppCode(province.privateKey, chen));
    expect(checked).toEqual({ ok: true, payload: expect.objectContaining({ idNumber: chen.idNumber, name: '陈晓欣' }) });
  });

  it('takes a code signed by any of the configured keys, so the province can roll its key over', () => {
    const both = codes([otherService.publicKey, province.publicKey]);
    expect(both.check(signAppCode(province.privateKey, chen)).ok).toBe(true);
  });

  it('refuses a code signed by a key it was not given', () => {
    expect(codes().check(signAppCode(otherService.privateKey, chen))).toEqual({ ok: false, refusal: 'forged' });
  });

  it('refuses a code whose signature or payload was changed', () => {
    const code = signAppCode(province.privateKey, chen);
    const [prefix, payload, signature] = code.split('.');
    const flipped = `${signature?.slice(0, 10)}${signature?.[10] === 'A' ? 'B' : 'A'}${signature?.slice(11)}`;
    expect(codes().check(`${prefix}.${payload}.${flipped}`)).toEqual({ ok: false, refusal: 'forged' });
    const someoneElse = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()), idNumber: '420111195803061233' })).toString('base64url');
    expect(codes().check(`${prefix}.${someoneElse}.${signature}`)).toEqual({ ok: false, refusal: 'forged' });
  });

  it('refuses an expired code and one not valid yet, beyond a small clock-skew allowance', () => {
    const code = signAppCode(province.privateKey, chen);
    expect(codes(undefined, () => at(60 + 20)).check(code).ok).toBe(true);
    expect(codes(undefined, () => at(60 + 31)).check(code)).toEqual({ ok: false, refusal: 'expired' });
    expect(codes(undefined, () => at(-20)).check(code).ok).toBe(true);
    expect(codes(undefined, () => at(-31)).check(code)).toEqual({ ok: false, refusal: 'notYetValid' });
  });

  it('refuses a code already used on this terminal, and forgets it once it could not pass anyway', () => {
    let clock = now;
    const terminal = codes(undefined, () => clock);
    const code = signAppCode(province.privateKey, chen);
    expect(terminal.check(code).ok).toBe(true);
    expect(terminal.check(code)).toEqual({ ok: false, refusal: 'used' });
    expect(terminal.check(signAppCode(province.privateKey, chen)).ok).toBe(true);
    clock = at(3600);
    expect(terminal.check(code)).toEqual({ ok: false, refusal: 'expired' });
  });

  it('does not burn a refused code: the same nonce in a valid code is still taken', () => {
    const terminal = codes();
    const nonce = 'n0nce-n0nce-n0nce-1';
    expect(terminal.check(signAppCode(otherService.privateKey, { ...chen, nonce })).ok).toBe(false);
    expect(terminal.check(signAppCode(province.privateKey, { ...chen, nonce })).ok).toBe(true);
  });

  it('refuses an ID number whose GB 11643 check digit is wrong, even when signed', () => {
    const wrong = { ...chen, idNumber: '420103199003120028' };
    expect(codes().check(signAppCode(province.privateKey, wrong))).toEqual({ ok: false, refusal: 'badIdNumber' });
  });

  it('refuses a signed payload that breaks the format: a lifetime of hours, no name', () => {
    expect(codes().check(signAppCode(province.privateKey, { ...chen, expiresAt: at(3 * 3600) }))).toEqual({ ok: false, refusal: 'malformed' });
    expect(codes().check(signAppCode(province.privateKey, { ...chen, name: '' }))).toEqual({ ok: false, refusal: 'malformed' });
  });

  it('says it cannot take codes at all when it was given no province key', () => {
    expect(codes([]).check(signAppCode(province.privateKey, chen))).toEqual({ ok: false, refusal: 'unavailable' });
  });

  it('refuses whatever else a scanner types as malformed, without throwing', () => {
    const good = signAppCode(province.privateKey, chen);
    const fixed = ['', ' ', 'EHB1', 'EHB1..', 'EHB2' + good.slice(4), good.slice(0, -1), `${good}.x`, 'https://zwfw.example.cn/q?case=1', '420103199003120029', '鄂汇办'];
    const random = prng(7);
    const alphabet = 'EHB1.-_=+/abcXYZ09{}":鄂';
    const noise = Array.from({ length: 500 }, () => Array.from({ length: between(random, 0, 200) }, () => alphabet[between(random, 0, alphabet.length - 1)]).join(''));
    const mangled = Array.from({ length: 200 }, () => {
      const i = between(random, 0, good.length - 1);
      return `${good.slice(0, i)}${alphabet[between(random, 0, alphabet.length - 1)]}${good.slice(i + 1)}`;
    }).filter((code) => code !== good);
    for (const scanned of [...fixed, ...noise, ...mangled]) {
      const checked = verifyAppCode(scanned, [province.publicKey], now);
      expect(checked.ok, scanned).toBe(false);
      if (!checked.ok) expect(['malformed', 'forged']).toContain(checked.refusal);
    }
  });
});
