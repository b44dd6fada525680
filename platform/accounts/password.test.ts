import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword, weakPassword } from './password.js';

describe('password hashes', () => {
  it('verify the password hashed and no other, each hash salted anew', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$15\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
  });

  it('keep their parameters, so a hash made with other ones still verifies after they are raised', async () => {
    const older = await hashPassword('正确的马电池订书钉', { logN: 10, r: 8, p: 1 });
    expect(older).toMatch(/^scrypt\$10\$8\$1\$/);
    expect(await verifyPassword('正确的马电池订书钉', older)).toBe(true);
  });

  it('verify nothing against a hash they cannot read', async () => {
    expect(await verifyPassword('anything at all', 'plain-text')).toBe(false);
  });

  it('are refused below twelve characters, counted as characters, not bytes', () => {
    expect(weakPassword('short')).toMatch(/at least 12 characters/);
    expect(weakPassword('十二个汉字组成的一个长密码呢')).toBeNull();
    expect(weakPassword('汉字密码太短')).toMatch(/this one has 6/);
  });
});
