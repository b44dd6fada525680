import { a11y } from './a11y.js';
import { common } from './common.js';
import { home } from './home.js';

/**
 * Every namespace of UI words, one module per area, each with Chinese and English. Add an area's
 * module here; `messages.test.ts` checks that English has exactly Chinese's keys.
 */
export const namespaces = { a11y, common, home } as const;

export type Namespace = keyof typeof namespaces;
