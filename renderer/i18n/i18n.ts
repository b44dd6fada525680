import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './language.js';
import { namespaces, type Namespace } from './messages/index.js';

type Zh<N extends Namespace> = (typeof namespaces)[N]['zh'];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { [N in Namespace]: Zh<N> };
  }
}

function resourcesOf(language: Language): Record<string, Record<string, string>> {
  const entries = Object.entries(namespaces).map(([ns, messages]) => [ns, messages[language]] as const);
  return Object.fromEntries(entries);
}

/** One instance per window; the resources are bundled, so it is ready before the first render. */
export function createI18n(language: Language = 'zh'): i18n {
  const resources: Resource = { zh: resourcesOf('zh'), en: resourcesOf('en') };
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'zh',
    ns: Object.keys(namespaces),
    defaultNS: 'common',
    // React escapes what it renders; escaping here too would show &amp; to citizens.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
