import { maxCandidates } from '../../api/handwriting.js';
import type { Handlers } from '../dispatch.js';
import { recognize } from './recognizer.js';
import { gb2312Templates, type TemplateIndex } from './template-index.js';

/**
 * 手写 runs here, in the core, not in the page: the page has no JIT (--jitless) and the matcher
 * compares thousands of strokes per query. The templates are built on the first request (the pad
 * sends an empty one when it opens), never at start-up, so a kiosk whose citizens never write
 * pays nothing.
 */
export function handwritingHandlers(templates: () => TemplateIndex = lazyTemplates()): Pick<Handlers, 'handwriting.recognize'> {
  return {
    'handwriting.recognize': async ({ strokes }) => ({ candidates: recognize(templates(), strokes, maxCandidates) }),
  };
}

function lazyTemplates(): () => TemplateIndex {
  let index: TemplateIndex | undefined;
  return () => (index ??= gb2312Templates());
}
