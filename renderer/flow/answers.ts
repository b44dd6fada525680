import type { FieldView } from '../api.js';

export type Answers = Record<string, string>;

/** What case.submit receives: only the citizen's own answers, trimmed, blanks left out. */
export function answersToSubmit(fields: FieldView[], answers: Answers): Answers {
  const out: Answers = {};
  for (const field of fields) {
    const value = (answers[field.key] ?? '').trim();
    if (!field.prefilled && value) out[field.key] = value;
  }
  return out;
}
