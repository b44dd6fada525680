import { describe, expect, it } from 'vitest';
import { bilingualProblems } from '../../../tests/support/bilingual-messages.js';
import { createConsoleI18n } from '../i18n.js';
import { namespaces } from './index.js';

describe('console words', () => {
  it('English says every Chinese string, with the same placeholders and no Chinese left in it', () => {
    expect(bilingualProblems(namespaces)).toEqual([]);
  });

  it('starts in Chinese and switches every page to English', async () => {
    const i18n = createConsoleI18n();
    expect(i18n.t('login:badCredentials')).toContain('账号或密码不正确');
    await i18n.changeLanguage('en');
    expect(i18n.t('login:locked')).toContain('locked');
    expect(i18n.t('fleet:summary', { total: 3, online: 1, late: 1, offline: 1 })).toBe('3 terminals: 1 online, 1 late, 1 offline');
  });
});
