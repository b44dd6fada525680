import { a4 } from './a4.js';
import { a11y } from './a11y.js';
import { appointments } from './appointments.js';
import { apply } from './apply.js';
import { assist } from './assist.js';
import { common } from './common.js';
import { confirm } from './confirm.js';
import { done } from './done.js';
import { guide } from './guide.js';
import { help } from './help.js';
import { home } from './home.js';
import { identify } from './identify.js';
import { items } from './items.js';
import { keyboard } from './keyboard.js';
import { labels } from './labels.js';
import { materials } from './materials.js';
import { pay } from './pay.js';
import { query } from './query.js';
import { remote } from './remote.js';
import { remoteScreen } from './remote-screen.js';
import { results } from './results.js';
import { review } from './review.js';
import { service } from './service.js';
import { technician } from './technician.js';

/**
 * Every namespace of UI words, one module per area, each with Chinese and English. Add an area's
 * module here; `messages.test.ts` checks that English has exactly Chinese's keys.
 */
export const namespaces = { a4, a11y, common, home, keyboard, identify, confirm, apply, items, materials, done, labels, guide, review, help, query, service, technician, results, assist, appointments, pay, remote, remoteScreen } as const;

export type Namespace = keyof typeof namespaces;
