import { common } from './common.js';
import { home } from './home.js';
import { identify } from './identify.js';
import { query } from './query.js';

/**
 * Every namespace of UI words, one module per area, each with Chinese and English. Add an area's
 * module here; `messages.test.ts` checks that English has exactly Chinese's keys.
 */
export const namespaces = { common, home, identify, query } as const;

export type Namespace = keyof typeof namespaces;
