import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language, Namespaces } from './language.js';

function resourcesOf(namespaces: Namespaces, language: Language): Record<string, Record<string, string>> {
  return Object.fromEntries(Object.entries(namespaces).map(([ns, messages]) => [ns, messages[language]] as const));
}

/**
 * One instance per window, for the kiosk and the fleet console alike; the resources are bundled,
 * so it is ready before the first render. Chinese is the default and the fallback.
 */
export function createI18n(namespaces: Namespaces, defaultNS: string, language: Language = 'zh'): i18n {
  const resources: Resource = { zh: resourcesOf(namespaces, 'zh'), en: resourcesOf(namespaces, 'en') };
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'zh',
    ns: Object.keys(namespaces),
    defaultNS,
    // React escapes what it renders; escaping here too would show &amp; to people.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
