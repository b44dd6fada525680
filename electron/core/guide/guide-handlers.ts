import { summarize } from '../catalog/catalog.js';
import type { Handlers } from '../dispatch.js';
import { offeredCatalog, type LifecycleFacts } from '../lifecycle/service-state.js';
import { askIndexOf } from './ask-index.js';
import { situationView } from './situation-view.js';

type GuideHandlers = Pick<Handlers, 'assistant.ask' | 'situations.list' | 'situations.get'>;

/** Guided help: a question in the citizen's words, and the 情景式导办 trees. Offline: all from the catalog on this terminal. */
export function guideHandlers(services: Pick<LifecycleFacts, 'catalog'>): GuideHandlers {
  // Read at each call: a newly applied bundle replaces services.catalog, and with it the index.
  const catalog = () => offeredCatalog(services);
  return {
    'assistant.ask': async ({ question }) => {
      const current = catalog();
      const hits = (await askIndexOf(current))
        .ask(question)
        .map((hit) => {
          const summary = hit.kind === 'item' ? summarize(current.get(hit.code)) : current.applicable(hit.code).summary;
          return { ...summary, kind: hit.kind, answer: hit.answer };
        });
      return { answered: hits.length > 0, hits };
    },
    'situations.list': async () => catalog().situations().map(({ code, name, description }) => ({ code, name, description })),
    'situations.get': async ({ code }) => {
      const current = catalog();
      return situationView(current, current.situation(code));
    },
  };
}
