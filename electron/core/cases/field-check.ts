import { checkIdNumber } from '../../api/id-number.js';
import type { CatalogField } from '../catalog/item.js';

const maxTextLength = 200;


function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const typeChecks: Record<CatalogField['type'], (value: string, field: CatalogField) => string | undefined> = {
  text: () => undefined,
  signature: () => undefined,
  idNumber: (v, f) => (checkIdNumber(v) ? undefined : `“${f.label}”不是有效的公民身份号码`),
  phone: (v, f) => (/^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(v) ? undefined : `“${f.label}”不是有效的电话号码`),
  date: (v, f) => (isDate(v) ? undefined : `“${f.label}”应为 年-月-日`),
  select: (v, f) => (f.options?.some((o) => o.value === v) ? undefined : `“${f.label}”的选项无效`),
  region: (v, f) => (/^\d{6}(\d{6})?$/.test(v) ? undefined : `“${f.label}”应为行政区划代码`),
  number: (v, f) => (/^-?\d+(\.\d+)?$/.test(v) ? undefined : `“${f.label}”应为数字`),
  checkbox: (v, f) => (v === 'yes' || v === 'no' ? undefined : `“${f.label}”应为是或否`),
};

function limitProblem(field: CatalogField, value: string): string | undefined {
  const rule = field.validation ?? {};
  if (value.length > (rule.maxLength ?? maxTextLength)) return `“${field.label}”不能超过 ${rule.maxLength ?? maxTextLength} 字`;
  if (rule.minLength !== undefined && value.length < rule.minLength) return `“${field.label}”至少 ${rule.minLength} 位`;
  if (rule.pattern !== undefined && !new RegExp(rule.pattern, 'u').test(value)) return rule.patternMessage ?? `“${field.label}”格式不正确`;
  if (field.type === 'number' && rule.min !== undefined && Number(value) < rule.min) return `“${field.label}”不能小于 ${rule.min}`;
  if (field.type === 'number' && rule.max !== undefined && Number(value) > rule.max) return `“${field.label}”不能大于 ${rule.max}`;
  return undefined;
}

/** What is wrong with one answer, said to the citizen, or undefined when it is fine. */
export function problemWith(field: CatalogField, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return field.required ? `请填写“${field.label}”` : undefined;
  return typeChecks[field.type](value, field) ?? limitProblem(field, value);
}
