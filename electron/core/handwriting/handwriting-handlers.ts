import { maxCandidates } from '../../api/handwriting.js';
import type { Handlers } from '../dispatch.js';
import { recognize } from './recognizer.js';
import { gb2312Templates, type TemplateIndex } from './template-index.js';

/**
 * 手写 runs here, in the core, not in the page: the page has no JIT (--jitless) and the matcher
 * compares thousands of strokes per query. The templates are built on the first request (the pad
 * sends an empty one when it opens), never at start-up, so a kiosk whose citizens never write
 * pays nothing; they are built in slices, so the core's other requests are answered meanwhile.
 */
export function handwritingHandlers(templates: () => Promise<TemplateIndex> = lazyTemplates()): Pick<Handlers, 'handwriting.recognize'> {
  return {
    'handwriting.recognize': async ({ strokes }) => ({ candidates: recognize(await templates(), strokes, maxCandidates) }),
  };
}

/** Built once; a build that failed (the data unreadable) is tried again at the next request. */
function lazyTemplates(): () => Promise<TemplateIndex> {
  let index: Promise<TemplateIndex> | undefined;
  return () =>
    (index ??= gb2312Templates().catch((error: unknown) => {
      index = undefined;
      throw error;
    }));
}
