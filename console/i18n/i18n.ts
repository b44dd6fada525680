import type { i18n } from 'i18next';
import { createI18n } from '../../ui-shared/i18n/create-i18n.js';
import { namespaces, type Namespace } from './messages/index.js';

type Zh<N extends Namespace> = (typeof namespaces)[N]['zh'];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { [N in Namespace]: Zh<N> };
  }
}

/** The console's words, Chinese first. */
export function createConsoleI18n(): i18n {
  return createI18n(namespaces, 'common');
}
