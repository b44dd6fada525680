import { checkIdNumber } from '../../../standards/id-number.js';
import { isReadableText } from '../../../standards/readable-text.js';
import type { Said } from '../../api/kiosk-error.js';
import type { CatalogField } from '../catalog/item.js';
import { dateRuleProblem, isCalendarDate } from './date-rule.js';

const maxTextLength = 200;

type Check = (value: string, field: CatalogField) => Said | undefined;

const wrong = (zh: (label: string) => string, en: (label: string) => string): ((field: CatalogField) => Said) => (field) => ({
  zh: zh(field.label),
  en: en(field.label),
});

const notIdNumber = wrong((l) => `“${l}”不是有效的公民身份号码`, (l) => `“${l}” is not a valid citizen ID number`);
const notPhone = wrong((l) => `“${l}”不是有效的电话号码`, (l) => `“${l}” is not a valid phone number`);
const notDate = wrong((l) => `“${l}”应为 年-月-日，如 2026-12-07`, (l) => `“${l}” should be a date, year-month-day, such as 2026-12-07`);
/** In the format, yet no day: said as such, not as a format error the citizen cannot see. */
const noSuchDate = (field: CatalogField, value: string): Said => ({ zh: `“${field.label}”没有这一天：${value} 不存在`, en: `“${field.label}”: there is no such day as ${value}` });
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
  date: (v, f) => (!/^\d{4}-\d{2}-\d{2}$/.test(v) ? notDate(f) : isCalendarDate(v) ? undefined : noSuchDate(f, v)),
  select: (v, f) => (f.options?.some((o) => o.value === v) ? undefined : notOption(f)),
  region: (v, f) => (/^\d{6}(\d{6})?$/.test(v) ? undefined : notRegion(f)),
  number: (v, f) => (/^-?\d+(\.\d+)?$/.test(v) ? undefined : notNumber(f)),
  checkbox: (v, f) => (v === 'yes' || v === 'no' ? undefined : notYesNo(f)),
};

/** Emoji (with flags and keycaps), which a hardware keyboard can type but no register or receipt prints. */
const emoji = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3\uFE0F]/u;
/** Names and addresses go onto registers and paper as typed: `applicant.name`, `spouse.workName`, `residence.address`. */
const printedAsTyped = /\.(name|address|[a-z][a-zA-Z0-9]*(Name|Address))$/;

function characterProblem(field: CatalogField, value: string): Said | undefined {
  const label = field.label;
  // A form's answer is one line: a tab or line break in it is as unmeant as a NUL, which the
  // platform's database refuses and would dead-letter the case after the citizen was told it was accepted.
  if (!isReadableText(value, 'oneLine')) return { zh: `“${label}”含有无法识别的字符，请删除后重新填写`, en: `“${label}” holds characters that cannot be read; delete them and type it again` };
  if (printedAsTyped.test(field.key) && emoji.test(value)) return { zh: `“${label}”不能含表情符号，请只填文字`, en: `“${label}” cannot hold emoji; use words only` };
  return undefined;
}

/**
 * The catalog's own rule, said in the catalog's own words ("请填写 11 位手机号码"): asked before the
 * type's general check, whose plainer words would otherwise hide it.
 */
function patternProblem(field: CatalogField, value: string): Said | undefined {
  const rule = field.validation ?? {};
  if (rule.pattern === undefined || new RegExp(rule.pattern, 'u').test(value)) return undefined;
  // The catalog words its own rule in Chinese only; English gets the type's words, or the plain form.
  const plain = typeChecks[field.type](value, field) ?? badForm(field);
  return rule.patternMessage === undefined ? plain : { zh: rule.patternMessage, en: plain.en };
}

/** The most a field may hold: the catalog's limit, else a sentence's worth. The screen stops typing there too. */
export function maxLengthOf(field: CatalogField): number {
  return field.validation?.maxLength ?? maxTextLength;
}

function limitProblem(field: CatalogField, value: string): Said | undefined {
  const rule = field.validation ?? {};
  const label = field.label;
  const maxLength = maxLengthOf(field);
  if (value.length > maxLength) return { zh: `“${label}”不能超过 ${maxLength} 字`, en: `“${label}” can be at most ${maxLength} characters` };
  if (rule.minLength !== undefined && value.length < rule.minLength) return { zh: `“${label}”至少 ${rule.minLength} 位`, en: `“${label}” needs at least ${rule.minLength} characters` };
  if (field.type === 'number' && rule.min !== undefined && Number(value) < rule.min) return { zh: `“${label}”不能小于 ${rule.min}`, en: `“${label}” cannot be less than ${rule.min}` };
  if (field.type === 'number' && rule.max !== undefined && Number(value) > rule.max) return { zh: `“${label}”不能大于 ${rule.max}`, en: `“${label}” cannot be more than ${rule.max}` };
  return undefined;
}

/** What is wrong with one answer, said to the citizen, or undefined when it is fine; dates are judged on `now`'s day. */
export function problemWith(field: CatalogField, value: string | undefined, now: Date = new Date()): Said | undefined {
  // Before the blank test: a tab alone trims to nothing, yet an optional field would store it.
  const characters = value === undefined ? undefined : characterProblem(field, value);
  if (characters) return characters;
  if (value === undefined || value.trim() === '') return field.required ? missing(field) : undefined;
  const ruled = field.type === 'date' ? (v: string) => dateRuleProblem(field, v, now) : () => undefined;
  return patternProblem(field, value) ?? typeChecks[field.type](value, field) ?? ruled(value) ?? limitProblem(field, value);
}

/** A choice is chosen, anything else filled in: the words the citizen sees on that field. */
function missing(field: CatalogField): Said {
  if (field.type === 'select') return { zh: `请选择“${field.label}”`, en: `Please choose “${field.label}”` };
  return { zh: `请填写“${field.label}”`, en: `Please fill in “${field.label}”` };
}
