import { z } from 'zod';

/**
 * Canonical keys name a datum the same way in every item (`applicant.name`, `child.birthDate`),
 * so 一件事 bundles can join forms and materials by key and prefill can find its source.
 */
export const canonicalKeySchema = z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/, '规范键应形如 applicant.name');

export const fieldTypes = ['text', 'idNumber', 'phone', 'date', 'select', 'region', 'number', 'checkbox', 'signature'] as const;
export type FieldType = (typeof fieldTypes)[number];

/**
 * Where a value comes from when the citizen need not type it: the ID card just read, a field of
 * an e-certificate (电子证照) of the identified person, or the session (this terminal's region).
 */
export const prefillSourceSchema = z.union([
  z.enum(['idcard.name', 'idcard.idNumber', 'idcard.sex', 'idcard.birthDate', 'session.regionCode']),
  z.string().regex(/^ecert\.[A-Za-z0-9]+\.[A-Za-z0-9]+$/, '电子证照预填应形如 ecert.<证照类型>.<字段>'),
]);
export type PrefillSource = z.infer<typeof prefillSourceSchema>;

/**
 * Which days a date field takes, counted in days from the day the form is filled in (the lobby
 * day): an appointment from tomorrow for a month, on working days; a birth date up to today.
 */
export const dateRuleSchema = z
  .object({
    /** The earliest day allowed: 1 is tomorrow, 0 today; absent, any day in the past. */
    fromDays: z.number().int().min(-36600).max(3660),
    /** The latest day allowed: 0 is today; absent, any day ahead. */
    toDays: z.number().int().min(-36600).max(3660),
    /** Monday to Friday only: a hall shut at weekends takes no appointment then. */
    workingDaysOnly: z.boolean(),
  })
  .partial()
  .strict()
  .refine((r) => r.fromDays === undefined || r.toDays === undefined || r.fromDays <= r.toDays, { message: '日期范围的起点不得晚于终点', path: ['toDays'] });
export type DateRule = z.infer<typeof dateRuleSchema>;

export const validationSchema = z
  .object({
    minLength: z.number().int().nonnegative(),
    maxLength: z.number().int().positive().max(2000),
    pattern: z.string().max(200),
    /** Said to the citizen when the pattern does not match. */
    patternMessage: z.string(),
    min: z.number(),
    max: z.number(),
    /** For a date field: the days it takes. */
    dates: dateRuleSchema,
  })
  .partial()
  .strict();

export const fieldSchema = z
  .object({
    key: canonicalKeySchema,
    label: z.string().min(1).max(40),
    type: z.enum(fieldTypes),
    required: z.boolean(),
    prefill: prefillSourceSchema.optional(),
    options: z.array(z.object({ value: z.string().min(1), label: z.string().min(1) })).optional(),
    validation: validationSchema.optional(),
    hint: z.string().max(200).optional(),
  })
  .strict()
  .refine((f) => f.type !== 'select' || (f.options?.length ?? 0) > 0, { message: '下拉选择字段须列出选项', path: ['options'] });
export type CatalogField = z.infer<typeof fieldSchema>;

export const formSchema = z
  .object({ fields: z.array(fieldSchema).max(80) })
  .strict()
  .refine((form) => new Set(form.fields.map((f) => f.key)).size === form.fields.length, { message: '表单中的规范键重复' });
export type FormSchema = z.infer<typeof formSchema>;
