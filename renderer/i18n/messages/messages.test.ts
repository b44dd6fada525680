import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n.js';
import { bilingualProblems } from '../../../tests/support/bilingual-messages.js';
import { namespaces } from './index.js';

describe('UI words', () => {
  it('English says every Chinese string, with the same placeholders and no Chinese left in it', () => {
    expect(bilingualProblems(namespaces)).toEqual([]);
  });

  it('switches every namespace between Chinese and English', async () => {
    const i18n = createI18n();
    expect(i18n.t('home:apply')).toBe('我要办');
    await i18n.changeLanguage('en');
    expect(i18n.t('home:apply')).toBe('Apply');
    expect(i18n.t('common:idleCountdown', { seconds: 15 })).toContain('<n>15</n> seconds');
  });

  it('counts in English as English does, and leaves Chinese as it is', async () => {
    const i18n = createI18n();
    expect(i18n.t('apply:errorsTitle', { count: 1 })).toContain('还有 1 处');
    await i18n.changeLanguage('en');
    expect(i18n.t('apply:errorsTitle', { count: 1 })).toMatch(/^1 answer needs/u);
    expect(i18n.t('apply:errorsTitle', { count: 3 })).toMatch(/^3 answers need/u);
    expect(i18n.t('materials:missingTitle', { count: 1 })).toMatch(/^1 thing is/u);
    expect(i18n.t('done:bundleCases', { count: 2 })).toMatch(/^2 cases were/u);
  });
});
