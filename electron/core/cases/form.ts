import { KioskError } from '../../api/errors.js';
import type { FieldView } from '../../api/values.js';
import type { CatalogField, PrefillSource } from '../catalog/item.js';
import { maskIdNumber, maskName } from '../session/mask.js';
import type { Identity } from '../session/session.js';
import { problemWith } from './field-check.js';

/** What a form is made of: an item's own form, or the joined form of a 一件事 bundle. */
export interface FormFields {
  fields: readonly CatalogField[];
}

interface Prefilled {
  value: string;
  display: string;
  source: 'idcard';
}

/**
 * The value a source gives for this citizen, or undefined when this terminal has no such source
 * yet (e-certificates, the session's region): then the citizen fills the field in.
 */
function prefill(source: PrefillSource | undefined, identity: Identity): Prefilled | undefined {
  const id = identity.idNumber;
  const resident = /^\d{17}[\dX]$/.test(id);
  switch (source) {
    case 'idcard.name':
      return { value: identity.name, display: maskName(identity.name), source: 'idcard' };
    case 'idcard.idNumber':
      return { value: id, display: maskIdNumber(id), source: 'idcard' };
    case 'idcard.birthDate':
      return resident ? { value: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, display: `${id.slice(6, 10)} 年`, source: 'idcard' } : undefined;
    case 'idcard.sex':
      return resident ? { value: Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female', display: Number(id.charAt(16)) % 2 === 1 ? '男' : '女', source: 'idcard' } : undefined;
    default:
      return undefined;
  }
}

/** The screen shows `select` as a choice; every other type keeps its own name. */
function viewKind(field: CatalogField): FieldView['kind'] {
  return field.type === 'select' ? 'choice' : field.type;
}

export function fieldViews(form: FormFields, identity: Identity): FieldView[] {
  return form.fields.map((field) => {
    const filled = prefill(field.prefill, identity);
    return {
      key: field.key,
      label: field.label,
      kind: viewKind(field),
      required: field.required,
      prefilled: filled ? { display: filled.display, source: filled.source } : null,
      options: field.options ?? [],
    };
  });
}

/**
 * The complete answers of a case: what the citizen chose plus what came from the card. Prefilled
 * fields cannot be overridden from the screen; unknown keys are refused, not silently kept.
 */
export function resolveAnswers(form: FormFields, identity: Identity, answers: Record<string, string>): Record<string, string> {
  const typed = form.fields.filter((f) => !prefill(f.prefill, identity));
  const known = new Set(typed.map((f) => f.key));
  const unknown = Object.keys(answers).filter((key) => !known.has(key));
  const problems = typed.map((field) => problemWith(field, answers[field.key])).filter((p): p is string => p !== undefined);
  if (unknown.length > 0) problems.push(`表单中有本事项不需要的内容：${unknown.join('、')}`);
  if (problems.length > 0) throw new KioskError({ code: 'INVALID_ANSWERS', message: problems.join('；'), hint: '请按提示修改后再提交' });
  const resolved: Record<string, string> = {};
  for (const field of form.fields) {
    const value = prefill(field.prefill, identity)?.value ?? answers[field.key];
    if (value !== undefined && value !== '') resolved[field.key] = value;
  }
  return resolved;
}
