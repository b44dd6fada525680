import type { FieldView } from '../api.js';

/**
 * The steps of applying, in order. Another step (materials, 告知承诺) is a new kind here and
 * one entry in `formSteps`, between the questions and the check: the screens follow this list.
 */
export type FormStep = { kind: 'questions'; fields: FieldView[] } | { kind: 'check' };

/** A small group: a citizen who has never used a computer reads one screen without scrolling. */
const questionsPerPage = 3;

/** Questions in pages of a few; what came from the card or e-certificates opens the first page. */
function questionPages(fields: readonly FieldView[]): FieldView[][] {
  const typed = fields.filter((f) => !f.prefilled);
  const pages: FieldView[][] = [];
  for (let i = 0; i < typed.length; i += questionsPerPage) pages.push(typed.slice(i, i + questionsPerPage));
  const [first = [], ...rest] = pages;
  return [[...fields.filter((f) => f.prefilled), ...first], ...rest];
}

export function formSteps(fields: readonly FieldView[]): FormStep[] {
  const questions = questionPages(fields).map((page): FormStep => ({ kind: 'questions', fields: page }));
  return [...questions, { kind: 'check' }];
}

/** The step that asks this field: where a 修改 on the check page goes back to. */
export function stepOf(steps: readonly FormStep[], key: string): number {
  return steps.findIndex((step) => step.kind === 'questions' && step.fields.some((f) => f.key === key));
}

/** The check page: where the questions end and where a 修改 returns to. */
export function checkStep(steps: readonly FormStep[]): number {
  return steps.findIndex((step) => step.kind === 'check');
}
