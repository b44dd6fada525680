import { refusal, type Said } from '../../api/kiosk-error.js';
import type { FieldProblem, FieldView } from '../../api/values.js';
import type { Certificate } from '../../../platform/protocol/certificates.js';
import type { CatalogField, PrefillSource } from '../catalog/item.js';
import { maskIdNumber, maskName } from '../../../standards/masking.js';
import type { Identity } from '../session/session.js';
import { dateBounds } from './date-rule.js';
import { problemWith } from './field-check.js';

/** What a form is made of: an item's own form, or the joined form of a 一件事 bundle. */
export interface FormFields {
  fields: readonly CatalogField[];
}

/**
 * Where prefilled values come from for this citizen: the card just read and, when the platform
 * answered, their e-certificates (undefined when it did not: those fields are typed instead).
 */
export interface PrefillSources {
  identity: Identity;
  certificates: readonly Certificate[] | undefined;
}

/** The value kept on the Node side, and what the screen shows of it. */
interface Prefilled {
  value: string;
  view: NonNullable<FieldView['prefilled']>;
}

const identitySource = { card: 'idcard', typed: 'typed', appCode: 'appCode' } as const satisfies Record<Identity['source'], string>;

/** The identity's own fields say how the kiosk knows them: a typed number is no card read. */
function fromCard(source: PrefillSource, identity: Identity): Prefilled | undefined {
  const card = (value: string, display: string): Prefilled => ({ value, view: { display, source: identitySource[identity.source] } });
  const id = identity.idNumber;
  const resident = /^\d{17}[\dX]$/.test(id);
  const male = Number(id.charAt(16)) % 2 === 1;
  switch (source) {
    case 'idcard.name':
      return card(identity.name, maskName(identity.name));
    case 'idcard.idNumber':
      return card(id, maskIdNumber(id));
    case 'idcard.birthDate':
      return resident ? card(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, `${id.slice(6, 10)} 年`) : undefined;
    case 'idcard.sex':
      return resident ? card(male ? 'male' : 'female', male ? '男' : '女') : undefined;
    default:
      return undefined;
  }
}

/**
 * What the screen may show of a value from an e-certificate. Everything there is personal
 * (a spouse's name, an address), so all but a choice's label is masked.
 */
function certificateDisplay(field: CatalogField, value: string): string {
  if (field.type === 'idNumber') return maskIdNumber(value);
  if (field.type === 'select') return field.options?.find((o) => o.value === value)?.label ?? maskName(value);
  return maskName(value);
}

/** `ecert.<kind>.<field>`: that field of the citizen's certificate of that kind, if they hold one. */
function fromCertificate(field: CatalogField, certificates: readonly Certificate[] | undefined): Prefilled | undefined {
  const [, kind, name] = (field.prefill ?? '').split('.');
  const certificate = certificates?.find((c) => c.kind === kind);
  const value = name === undefined ? undefined : certificate?.fields[name];
  if (!certificate || value === undefined || value === '') return undefined;
  return { value, view: { display: certificateDisplay(field, value), source: 'ecert', certificate: certificate.name } };
}

/**
 * The value a source gives for this citizen, or undefined when there is none (no such
 * certificate, the platform did not answer, the session's region not offered yet): then the
 * citizen fills the field in.
 */
function prefill(field: CatalogField, sources: PrefillSources): Prefilled | undefined {
  if (field.prefill?.startsWith('ecert.')) return fromCertificate(field, sources.certificates);
  return field.prefill === undefined ? undefined : fromCard(field.prefill, sources.identity);
}

/** True when a field could have come from an e-certificate but the platform did not answer. */
export function wantsCertificates(form: FormFields, sources: PrefillSources): boolean {
  return sources.certificates === undefined && form.fields.some((f) => f.prefill?.startsWith('ecert.'));
}

/** The screen shows `select` as a choice; every other type keeps its own name. */
function viewKind(field: CatalogField): FieldView['kind'] {
  return field.type === 'select' ? 'choice' : field.type;
}

export function fieldViews(form: FormFields, sources: PrefillSources, now: Date = new Date()): FieldView[] {
  return form.fields.map((field) => ({
    key: field.key,
    label: field.label,
    kind: viewKind(field),
    required: field.required,
    prefilled: prefill(field, sources)?.view ?? null,
    options: field.options ?? [],
    ...(field.validation?.maxLength === undefined ? {} : { maxLength: field.validation.maxLength }),
    ...(field.type === 'date' ? { dates: dateBounds(field, now) } : {}),
  }));
}

/** The problems of the typed answers under `keys` (one page of the form), each with its field. */
export function checkAnswers(form: FormFields, sources: PrefillSources, answers: Record<string, string>, keys: readonly string[]): FieldProblem[] {
  const wanted = new Set(keys);
  return form.fields
    .filter((field) => wanted.has(field.key) && !prefill(field, sources))
    .flatMap((field) => {
      const problem = problemWith(field, answers[field.key]);
      return problem ? [{ key: field.key, message: problem.zh, en: problem.en }] : [];
    });
}

/**
 * The complete answers of a case: what the citizen chose plus what came from the card and the
 * e-certificates. Prefilled fields cannot be overridden from the screen; unknown keys are refused.
 */
export function resolveAnswers(form: FormFields, sources: PrefillSources, answers: Record<string, string>): Record<string, string> {
  const typed = form.fields.filter((f) => !prefill(f, sources));
  const known = new Set(typed.map((f) => f.key));
  const unknown = Object.keys(answers).filter((key) => !known.has(key));
  const problems = typed.map((field) => problemWith(field, answers[field.key])).filter((p): p is Said => p !== undefined);
  if (unknown.length > 0) problems.push({ zh: `表单中有本事项不需要的内容：${unknown.join('、')}`, en: `The form holds what this service does not ask for: ${unknown.join(', ')}` });
  if (problems.length > 0) {
    const message = { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') };
    throw refusal('INVALID_ANSWERS', message, { zh: '请按提示修改后再提交', en: 'Please correct them and submit again' });
  }
  const resolved: Record<string, string> = {};
  for (const field of form.fields) {
    const value = prefill(field, sources)?.value ?? answers[field.key];
    if (value !== undefined && value !== '') resolved[field.key] = value;
  }
  return resolved;
}
