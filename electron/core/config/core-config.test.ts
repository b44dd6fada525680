import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { spkiBase64 } from '../catalog/bundle/keys.js';
import { coreConfigSchema, type CoreConfigInput } from './core-config.js';

const base: CoreConfigInput = {
  dataDir: '/var/lib/tongban',
  key: { kind: 'file', path: '/var/lib/tongban/store.key' },
  devices: { idcard: { kind: 'simulated' }, printer: { kind: 'simulated', paper: 80 } },
};

describe('the 鄂汇办 keys in the terminal configuration', () => {
  it('are none unless given: such a terminal takes no code', () => {
    expect(coreConfigSchema.parse(base).appCode).toEqual({ trust: [] });
  });

  it('take Ed25519 public keys and refuse anything else, naming what is wrong', () => {
    const province = spkiBase64(generateKeyPairSync('ed25519').publicKey);
    expect(coreConfigSchema.parse({ ...base, appCode: { trust: [province] } }).appCode.trust).toEqual([province]);
    const rsa = spkiBase64(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey);
    for (const wrong of [rsa, 'not a key']) {
      expect(() => coreConfigSchema.parse({ ...base, appCode: { trust: [wrong] } })).toThrow(/not an Ed25519 public key/);
    }
  });
});

describe('how the terminal trusts its platform', () => {
  it('pins nothing and keeps plain http:// to loopback unless the configuration says otherwise', () => {
    expect(coreConfigSchema.parse(base).platform).toEqual({ allowPlainHttp: false });
    expect(coreConfigSchema.parse({ ...base, platform: { allowPlainHttp: true } }).platform.allowPlainHttp).toBe(true);
  });

  it('refuses a flag that is not a boolean, a pin that is not a certificate, and keys it does not know', () => {
    const wrongs: unknown[] = [{ allowPlainHttp: 'yes' }, { ca: 'not a certificate' }, { allowPlainHTTP: true }];
    for (const platform of wrongs) expect(coreConfigSchema.safeParse({ ...base, platform }).success).toBe(false);
    expect(() => coreConfigSchema.parse({ ...base, platform: { ca: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n' } })).toThrow(/not a PEM certificate/);
  });
});
