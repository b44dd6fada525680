import { apply } from './apply.js';
import { common } from './common.js';
import { confirm } from './confirm.js';
import { home } from './home.js';
import { items } from './items.js';
import { keyboard } from './keyboard.js';
import { materials } from './materials.js';

/**
 * Every namespace of UI words, one module per area, each with Chinese and English. Add an area's
 * module here; `messages.test.ts` checks that English has exactly Chinese's keys.
 */
export const namespaces = { common, home, keyboard, apply, items, confirm, materials } as const;

export type Namespace = keyof typeof namespaces;
