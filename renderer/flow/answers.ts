import type { FieldView } from '../api.js';

export type Answers = Record<string, string>;

/** The fields a citizen must still fill; prefilled ones are the core's business. */
export function missingFields(fields: FieldView[], answers: Answers): FieldView[] {
  return fields.filter((field) => field.required && !field.prefilled && !(answers[field.key] ?? '').trim());
}

/** What case.submit receives: only the citizen's own answers, trimmed, blanks left out. */
export function answersToSubmit(fields: FieldView[], answers: Answers): Answers {
  const out: Answers = {};
  for (const field of fields) {
    const value = (answers[field.key] ?? '').trim();
    if (!field.prefilled && value) out[field.key] = value;
  }
  return out;
}
