import { checkIdNumber } from '../../../standards/id-number.js';
import type { Said } from '../../api/errors.js';
import type { CatalogField } from '../catalog/item.js';

const maxTextLength = 200;

function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

type Check = (value: string, field: CatalogField) => Said | undefined;

const wrong = (zh: (label: string) => string, en: (label: string) => string): ((field: CatalogField) => Said) => (field) => ({
  zh: zh(field.label),
  en: en(field.label),
});

const notIdNumber = wrong((l) => `“${l}”不是有效的公民身份号码`, (l) => `“${l}” is not a valid citizen ID number`);
const notPhone = wrong((l) => `“${l}”不是有效的电话号码`, (l) => `“${l}” is not a valid phone number`);
const notDate = wrong((l) => `“${l}”应为 年-月-日`, (l) => `“${l}” should be a date, year-month-day`);
const notOption = wrong((l) => `“${l}”的选项无效`, (l) => `“${l}” has no such choice`);
const notRegion = wrong((l) => `“${l}”应为行政区划代码`, (l) => `“${l}” should be an administrative region code`);
const notNumber = wrong((l) => `“${l}”应为数字`, (l) => `“${l}” should be a number`);
const notYesNo = wrong((l) => `“${l}”应为是或否`, (l) => `“${l}” should be yes or no`);
const badForm = wrong((l) => `“${l}”格式不正确`, (l) => `“${l}” is not in the right form`);

const typeChecks: Record<CatalogField['type'], Check> = {
  text: () => undefined,
  signature: () => undefined,
  idNumber: (v, f) => (checkIdNumber(v) ? undefined : notIdNumber(f)),
  phone: (v, f) => (/^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(v) ? undefined : notPhone(f)),
  date: (v, f) => (isDate(v) ? undefined : notDate(f)),
  select: (v, f) => (f.options?.some((o) => o.value === v) ? undefined : notOption(f)),
  region: (v, f) => (/^\d{6}(\d{6})?$/.test(v) ? undefined : notRegion(f)),
  number: (v, f) => (/^-?\d+(\.\d+)?$/.test(v) ? undefined : notNumber(f)),
  checkbox: (v, f) => (v === 'yes' || v === 'no' ? undefined : notYesNo(f)),
};

function limitProblem(field: CatalogField, value: string): Said | undefined {
  const rule = field.validation ?? {};
  const label = field.label;
  const maxLength = rule.maxLength ?? maxTextLength;
  if (value.length > maxLength) return { zh: `“${label}”不能超过 ${maxLength} 字`, en: `“${label}” can be at most ${maxLength} characters` };
  if (rule.minLength !== undefined && value.length < rule.minLength) return { zh: `“${label}”至少 ${rule.minLength} 位`, en: `“${label}” needs at least ${rule.minLength} characters` };
  if (rule.pattern !== undefined && !new RegExp(rule.pattern, 'u').test(value)) {
    // The catalog words its own rule in Chinese only; English gets the plain form of it.
    return rule.patternMessage === undefined ? badForm(field) : { zh: rule.patternMessage, en: badForm(field).en };
  }
  if (field.type === 'number' && rule.min !== undefined && Number(value) < rule.min) return { zh: `“${label}”不能小于 ${rule.min}`, en: `“${label}” cannot be less than ${rule.min}` };
  if (field.type === 'number' && rule.max !== undefined && Number(value) > rule.max) return { zh: `“${label}”不能大于 ${rule.max}`, en: `“${label}” cannot be more than ${rule.max}` };
  return undefined;
}

/** What is wrong with one answer, said to the citizen, or undefined when it is fine. */
export function problemWith(field: CatalogField, value: string | undefined): Said | undefined {
  if (value === undefined || value.trim() === '') return field.required ? { zh: `请填写“${field.label}”`, en: `Please fill in “${field.label}”` } : undefined;
  return typeChecks[field.type](value, field) ?? limitProblem(field, value);
}
