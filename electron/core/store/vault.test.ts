import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Vault, VaultError } from './vault.js';

describe('the vault', () => {
  const vault = new Vault(randomBytes(32));

  it('opens what it sealed, and the ciphertext does not contain the text', () => {
    const sealed = vault.seal('陈晓欣', 'cases.applicant_name:1');
    expect(sealed.includes(Buffer.from('陈晓欣'))).toBe(false);
    expect(vault.open(sealed, 'cases.applicant_name:1')).toBe('陈晓欣');
  });

  it('refuses a ciphertext moved to another row or column', () => {
    const sealed = vault.seal('陈晓欣', 'cases.applicant_name:1');
    expect(() => vault.open(sealed, 'cases.applicant_name:2')).toThrow(VaultError);
  });

  it('refuses a tampered ciphertext and a wrong key', () => {
    const sealed = vault.seal('420102199003070010', 'id');
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(() => vault.open(tampered, 'id')).toThrow(VaultError);
    expect(() => new Vault(randomBytes(32)).open(sealed, 'id')).toThrow(VaultError);
  });
});
