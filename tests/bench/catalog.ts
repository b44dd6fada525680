import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as after } from 'node:timers/promises';
import Fuse from 'fuse.js';
import { applyBundle } from '../../electron/core/catalog/bundle/apply-bundle.js';
import { InstalledCatalogs } from '../../electron/core/catalog/bundle/installed-catalogs.js';
import { CatalogPreparer } from '../../electron/core/catalog/bundle/prepare-in-worker.js';
import { signBundle } from '../../platform/protocol/bundle-sign.js';
import { catalogOf } from '../../electron/core/catalog/catalog-builder.js';
import type { CatalogItem } from '../../electron/core/catalog/item.js';
import { syntheticCatalog } from '../fixtures/synthetic-catalog.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { figure, percentile, type Figure } from './figure.js';

const itemCount = 20_000;
/** What citizens type, one keystroke at a time: Chinese, full pinyin, initials, mixes. */
const typed = ['社保卡', 'shebaoka', 'sbk', 'shebao卡', 'gongjijin', 'gjj', '营业执照', 'yingyezhizhao', 'yyzz', 'jiangan', '养老保险待遇', 'hukouzhengming'];

/** The same words with a slip (a letter changed, dropped, two swapped): search-typo.ts's fallback runs on these. */
const slipped = ['shebaika', 'yingyezizhao', 'hukuozhengming', 'gongjjin'];

function keystrokes(words: readonly string[] = typed): string[] {
  return words.flatMap((word) => [...word].map((_, i) => [...word].slice(0, i + 1).join('')));
}

function timePerKeystroke(search: (query: string) => unknown, words?: readonly string[]): number[] {
  return keystrokes(words).map((query) => {
    const start = performance.now();
    search(query);
    return performance.now() - start;
  });
}

/** Search per keystroke beside Fuse.js over the same names, aliases and keywords, in this run. */
function searchFigures(items: CatalogItem[]): Figure[] {
  const catalog = catalogOf({ items, lifeEvents: [], benefits: [] });
  const fuse = new Fuse(items, { keys: ['name', 'aliases', 'keywords'], threshold: 0.3 });
  for (let round = 0; round < 3; round++) timePerKeystroke((q) => catalog.search(q)); // warm the JIT
  const ours = Array.from({ length: 5 }, () => timePerKeystroke((q) => catalog.search(q))).flat();
  const theirs = Array.from({ length: 2 }, () => timePerKeystroke((q) => fuse.search(q, { limit: 10 }))).flat();
  const withSlips = Array.from({ length: 5 }, () => timePerKeystroke((q) => catalog.search(q), slipped)).flat();
  return [
    figure(`search p50 per keystroke (${itemCount} items)`, percentile(ours, 50), 'ms', 'Fuse.js p50, same items (Chinese only, no pinyin)', percentile(theirs, 50)),
    figure(`search p99 per keystroke (${itemCount} items)`, percentile(ours, 99), 'ms', 'Fuse.js p99, same items', percentile(theirs, 99)),
    figure('search p99 per keystroke', percentile(ours, 99), 'ms', 'target', 5),
    figure('search p99 per keystroke, pinyin with a slip', percentile(withSlips, 99), 'ms', 'target', 5),
  ];
}

/**
 * From a 20,000-item bundle's bytes arriving to its catalog being searchable: verify and check
 * every item (worker thread), index it and put the terminal's catalog together (the core, as runs
 * pass), store, watching the core's event loop meanwhile. The prepare worker is started and warmed first, as the kiosk starts it with the core
 * long before a bundle comes. The catalog is built with no region filter, so all 20,000 entries are
 * indexed: the worst case (a terminal in one district indexes a fifteenth of these).
 */
async function applyFigures(items: CatalogItem[]): Promise<Figure[]> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const payload = Buffer.from(JSON.stringify({ items, lifeEvents: [], benefits: [] }));
  const bundle = signBundle(payload, [privateKey], { version: 1, expires: new Date(Date.now() + 86_400_000), scope: '420100' });
  const installed = new InstalledCatalogs(openStore(':memory:'));
  const preparer = new CatalogPreparer();
  await preparer.ready();
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const start = performance.now();
  const applied = await applyBundle(bundle, installed, { keys: [createPublicKey(privateKey)], threshold: 1, maxBytes: 256 * 1024 * 1024, now: new Date() }, preparer);
  const elapsed = performance.now() - start;
  const last = items[items.length - 1];
  if (!applied.catalog.search(last?.name ?? '').some((hit) => hit.code === last?.code)) throw new Error('the applied catalog does not find its last item');
  // The monitor records a stall when its timer next fires: let it fire after the last synchronous step.
  await after(20);
  delay.disable();
  await preparer.close();
  return [
    figure(`verify + apply + index (${itemCount} items, ${Math.round(bundle.length / 1e6)} MB)`, elapsed, 'ms', 'target', 2000),
    figure('longest event-loop stall during apply', delay.max / 1e6, 'ms', 'target', 50),
  ];
}

export async function catalogFigures(): Promise<Figure[]> {
  const { items } = syntheticCatalog(itemCount);
  return [...searchFigures(items), ...(await applyFigures(items))];
}
