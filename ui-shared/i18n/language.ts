/** Simplified Chinese by default; English for visitors and foreign residents. */
export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

/** An app's words: per namespace, the same keys in Chinese and in English. */
export type Namespaces = Record<string, Record<Language, Record<string, string>>>;

/** i18next's current language as ours; anything unknown reads as Chinese, the default. */
export function languageOf(code: string): Language {
  return code === 'en' ? 'en' : 'zh';
}

/** The `lang` attribute of text in that language, so a screen reader voices it right. */
export function htmlLang(language: Language): string {
  return language === 'en' ? 'en' : 'zh-CN';
}

/** Words the core says in both languages: the Chinese as `message`, the English as `en`. */
export function saidIn(language: Language, said: { message: string; en: string }): string {
  return language === 'en' ? said.en : said.message;
}
