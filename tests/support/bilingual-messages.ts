import type { Namespaces } from '../../ui-shared/i18n/language.js';

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/u;
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]).sort();
/** English counts things (1 answer, 2 answers) where Chinese does not: i18next's _one/_other forms. */
const pluralForm = /_(one|other)$/u;

/** The English of a Chinese key: the one string, or its singular and plural. */
function englishForms(en: Readonly<Record<string, string>>, key: string): string[] | undefined {
  if (en[key] !== undefined) return [en[key]];
  const forms = [en[`${key}_one`], en[`${key}_other`]];
  return forms.every((form) => form !== undefined) ? (forms as string[]) : undefined;
}

/**
 * What keeps a page's words from being said in both languages: a key missing from one language, a
 * placeholder English drops, Chinese left in the English. One line each; none when all is well.
 */
export function bilingualProblems(namespaces: Namespaces): string[] {
  return Object.entries(namespaces).flatMap(([ns, { zh, en }]) => {
    const keys = [...new Set([...Object.keys(zh), ...Object.keys(en).map((key) => (zh[key] === undefined ? key.replace(pluralForm, '') : key))])];
    return keys.flatMap((key) => {
      const [chinese, english] = [zh[key], englishForms(en, key)];
      if (chinese === undefined || english === undefined) return [`${ns}.${key} is missing in ${chinese === undefined ? 'Chinese' : 'English'}`];
      return english.flatMap((form) => {
        const problems: string[] = [];
        if (placeholders(form).join() !== placeholders(chinese).join()) problems.push(`${ns}.${key}: the placeholders differ`);
        // A language switch itself names the other language in its own script.
        if (key !== 'language' && cjk.test(form)) problems.push(`${ns}.${key}: Chinese in the English`);
        return problems;
      });
    });
  });
}
