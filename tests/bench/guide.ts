import { performance } from 'node:perf_hooks';
import { catalogOf } from '../../electron/core/catalog/catalog-builder.js';
import type { Catalog } from '../../electron/core/catalog/catalog.js';
import { buildAskIndex } from '../../electron/core/guide/ask-index.js';
import { accuracyOf, phrasingSet } from '../fixtures/guide-phrasings.js';
import { syntheticCatalog } from '../fixtures/synthetic-catalog.js';
import { figure, percentile, type Figure } from './figure.js';

/**
 * Plain keyword search, the peer: an entry is found when its name, an alias or a keyword occurs in
 * the question (or the question in it), the longest such text first. What a kiosk without a
 * retrieval model would do with a typed question.
 */
function substringSearch(catalog: Catalog): (question: string) => string[] {
  const entries = [...catalog.list().map((s) => catalog.get(s.code)), ...catalog.lifeEvents()].map((e) => ({ code: e.code, texts: [e.name, ...e.aliases, ...e.keywords] }));
  return (question) =>
    entries
      .map((e) => ({ code: e.code, length: Math.max(0, ...e.texts.filter((t) => question.includes(t) || t.includes(question)).map((t) => t.length)) }))
      .filter((e) => e.length > 0)
      .sort((a, b) => b.length - a.length)
      .map((e) => e.code);
}

function latencies(search: (question: string) => unknown, rounds: number): number[] {
  return Array.from({ length: rounds }, () =>
    phrasingSet.phrasings.map(({ q }) => {
      const start = performance.now();
      search(q);
      return performance.now() - start;
    }),
  ).flat();
}

const percent = (share: number) => share * 100;

/** Top-1 and top-3 accuracy on the 241 phrasings, and time per question, beside substring search and the as-you-type search. */
async function accuracyFigures(catalog: Catalog): Promise<Figure[]> {
  const built = performance.now();
  const index = await buildAskIndex(catalog);
  const buildMs = performance.now() - built;
  const ask = (q: string) => index.ask(q).map((h) => h.code);
  const substring = substringSearch(catalog);
  const asYouType = (q: string) => catalog.search(q, new Map(), 5).map((h) => h.code);
  const ours = accuracyOf(ask);
  const peer = accuracyOf(substring);
  const typing = accuracyOf(asYouType);
  latencies(ask, 2); // warm the JIT
  const askMs = latencies(ask, 5);
  const substringMs = latencies(substring, 5);
  return [
    figure(`ask top-1 accuracy (${phrasingSet.phrasings.length} phrasings)`, percent(ours.top1), '%', 'substring keyword search top-1', percent(peer.top1)),
    figure('ask top-3 accuracy', percent(ours.top3), '%', 'substring keyword search top-3', percent(peer.top3)),
    figure('ask top-3 accuracy ', percent(ours.top3), '%', 'as-you-type catalog search top-3', percent(typing.top3)),
    figure(`ask: unanswerable questions sent to 12345 (${phrasingSet.unanswerable.length})`, phrasingSet.unanswerable.filter((q) => ask(q).length === 0).length, 'questions', 'all', phrasingSet.unanswerable.length),
    figure('ask p50 per question', percentile(askMs, 50), 'ms', 'substring search p50', percentile(substringMs, 50)),
    figure('ask p99 per question', percentile(askMs, 99), 'ms', 'substring search p99', percentile(substringMs, 99)),
    figure(`ask index build, demo catalog (first one loads the jieba dictionary)`, buildMs, 'ms', 'target', 1000),
  ];
}

/** The same questions over a 20,000-item catalog: the index's build (in runs, the event loop turning between them) and a question's time at a province's scale. */
async function scaleFigures(): Promise<Figure[]> {
  const catalog = catalogOf(syntheticCatalog(20_000));
  const built = performance.now();
  const index = await buildAskIndex(catalog);
  const buildMs = performance.now() - built;
  const askMs = latencies((q) => index.ask(q), 2);
  return [
    figure('ask index build (20000 items)', buildMs, 'ms', 'target', 30_000),
    figure('ask p99 per question (20000 items)', percentile(askMs, 99), 'ms', 'target', 50),
  ];
}

export async function guideFigures(): Promise<Figure[]> {
  return [...(await accuracyFigures(catalogOf())), ...(await scaleFigures())];
}
