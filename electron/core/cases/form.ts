import { KioskError } from '../../api/errors.js';
import type { FieldView } from '../../api/values.js';
import type { CatalogField, CatalogItem, PrefillSource } from '../catalog/item.js';
import { maskIdNumber, maskName } from '../session/mask.js';
import type { Identity } from '../session/session.js';

const maxTextLength = 200;

function prefillValue(source: PrefillSource, identity: Identity): string {
  return source === 'idcard.name' ? identity.name : identity.idNumber;
}

function prefillDisplay(source: PrefillSource, identity: Identity): string {
  return source === 'idcard.name' ? maskName(identity.name) : maskIdNumber(identity.idNumber);
}

export function fieldViews(item: CatalogItem, identity: Identity): FieldView[] {
  return item.fields.map((field) => ({
    key: field.key,
    label: field.label,
    kind: field.kind,
    required: field.required,
    prefilled: field.prefill ? { display: prefillDisplay(field.prefill, identity), source: 'idcard' } : null,
    options: field.options ?? [],
  }));
}

function problemWith(field: CatalogField, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return field.required ? `请填写“${field.label}”` : undefined;
  if (field.kind === 'choice' && !field.options?.some((o) => o.value === value)) return `“${field.label}”的选项无效`;
  if (value.length > maxTextLength) return `“${field.label}”不能超过 ${maxTextLength} 字`;
  return undefined;
}

/**
 * The complete answers of a case: what the citizen chose plus what came from the card. Prefilled
 * fields cannot be overridden from the screen; unknown keys are refused, not silently kept.
 */
export function resolveAnswers(item: CatalogItem, identity: Identity, answers: Record<string, string>): Record<string, string> {
  const known = new Set(item.fields.filter((f) => !f.prefill).map((f) => f.key));
  const unknown = Object.keys(answers).filter((key) => !known.has(key));
  const problems = item.fields
    .filter((field) => !field.prefill)
    .map((field) => problemWith(field, answers[field.key]))
    .filter((p): p is string => p !== undefined);
  if (unknown.length > 0) problems.push(`表单中有本事项不需要的内容：${unknown.join('、')}`);
  if (problems.length > 0) throw new KioskError({ code: 'INVALID_ANSWERS', message: problems.join('；'), hint: '请按提示修改后再提交' });
  const resolved: Record<string, string> = {};
  for (const field of item.fields) {
    const value = field.prefill ? prefillValue(field.prefill, identity) : answers[field.key];
    if (value !== undefined && value !== '') resolved[field.key] = value;
  }
  return resolved;
}
