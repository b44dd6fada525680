import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n.js';
import { namespaces } from './index.js';

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/u;
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]).sort();
/** English counts things (1 answer, 2 answers) where Chinese does not: i18next's _one/_other forms. */
const pluralForm = /_(one|other)$/u;
const englishForms = (en: Record<string, string>, key: string): string[] =>
  key in en ? [en[key] ?? ''] : [en[`${key}_one`] ?? '', en[`${key}_other`] ?? ''];

describe('UI words', () => {
  for (const [ns, { zh, en }] of Object.entries(namespaces)) {
    it(`${ns}: English says every Chinese string, with the same placeholders and no Chinese left in it`, () => {
      expect([...new Set(Object.keys(en).map((key) => key.replace(pluralForm, '')))].sort()).toEqual(Object.keys(zh).sort());
      for (const [key, text] of Object.entries(zh)) {
        for (const english of englishForms(en, key)) {
          expect(placeholders(english), `${ns}.${key}`).toEqual(placeholders(text));
          // A language switch itself names the other language in its own script.
          if (key !== 'language') expect(english, `${ns}.${key}`).not.toMatch(cjk);
        }
      }
    });
  }

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
