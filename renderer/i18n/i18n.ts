import type { i18n } from 'i18next';
import { createI18n as createSharedI18n } from '../../ui-shared/i18n/create-i18n.js';
import type { Language } from '../../ui-shared/i18n/language.js';
import { namespaces, type Namespace } from './messages/index.js';

type Zh<N extends Namespace> = (typeof namespaces)[N]['zh'];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { [N in Namespace]: Zh<N> };
  }
}

/** The kiosk's words, Chinese first; one instance per window. */
export function createI18n(language: Language = 'zh'): i18n {
  return createSharedI18n(namespaces, 'common', language);
}
