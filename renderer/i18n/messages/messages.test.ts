import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n.js';
import { namespaces } from './index.js';

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/u;
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]).sort();

describe('UI words', () => {
  for (const [ns, { zh, en }] of Object.entries(namespaces)) {
    it(`${ns}: English says every Chinese string, with the same placeholders and no Chinese left in it`, () => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
      for (const [key, text] of Object.entries(zh)) {
        const english = (en as Record<string, string>)[key] ?? '';
        expect(placeholders(english), `${ns}.${key}`).toEqual(placeholders(text));
        // A language switch itself names the other language in its own script.
        if (key !== 'language') expect(english, `${ns}.${key}`).not.toMatch(cjk);
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
});
