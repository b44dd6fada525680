import type { Handlers } from '../dispatch.js';
import type { A4Output, A4Paper } from './a4-output.js';
import type { A4Owner } from './a4-queue.js';

/** The A4 documents a citizen can ask for, made ready without printing: to count their pages first. */
export interface A4Papers {
  guide(itemCode: string): Promise<A4Paper>;
  form(caseNumber: string): Promise<A4Paper>;
  /** Throws unless the citizen identified now is the case's applicant or the result's holder: such paper is theirs alone. */
  mayHave(owner: A4Owner): void;
}

type A4Handlers = Pick<Handlers, 'document.pages' | 'document.job' | 'document.reprint'>;

/** Before: the page count; while printing: the job; after a stop: the same document again. */
export function a4Handlers(a4: A4Output, papers: A4Papers): A4Handlers {
  return {
    'document.pages': async (request) => {
      const paper = 'itemCode' in request ? await papers.guide(request.itemCode) : await papers.form(request.caseNumber);
      return { pages: paper.pdf.pages, to: a4.destination };
    },
    'document.job': async ({ id }) => a4.job(id),
    'document.reprint': async ({ id }) => a4.reprint(id, papers.mayHave),
  };
}
