import type { Namespaces } from '../../ui-shared/i18n/language.js';

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/u;
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]).sort();

/**
 * What keeps a page's words from being said in both languages: a key missing from one language, a
 * placeholder English drops, Chinese left in the English. One line each; none when all is well.
 */
export function bilingualProblems(namespaces: Namespaces): string[] {
  return Object.entries(namespaces).flatMap(([ns, { zh, en }]) => {
    const keys = [...new Set([...Object.keys(zh), ...Object.keys(en)])];
    return keys.flatMap((key) => {
      const [chinese, english] = [zh[key], en[key]];
      if (chinese === undefined || english === undefined) return [`${ns}.${key} is missing in ${chinese === undefined ? 'Chinese' : 'English'}`];
      const problems: string[] = [];
      if (placeholders(english).join() !== placeholders(chinese).join()) problems.push(`${ns}.${key}: the placeholders differ`);
      // A language switch itself names the other language in its own script.
      if (key !== 'language' && cjk.test(english)) problems.push(`${ns}.${key}: Chinese in the English`);
      return problems;
    });
  });
}
