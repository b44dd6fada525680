import { feeInFen, isFen } from '../../../standards/fen.js';
import { z } from 'zod';
import { documentKindSchema } from '../../../platform/protocol/documents.js';
import { canonicalKeySchema, formSchema } from './form-schema.js';
import { regionCodeSchema } from '../../../platform/protocol/enroll.js';
import { lifeStages, servedParties } from '../../api/values.js';

export type { CatalogField, PrefillSource } from './form-schema.js';

/** The seven kinds of 政务服务事项: six of administrative power and public service. */
export const itemTypes = ['行政许可', '行政确认', '行政给付', '行政奖励', '行政裁决', '其他行政权力', '公共服务'] as const;
export const channels = ['terminal', 'window', 'online', 'app', 'post'] as const;


/**
 * 受理条件 as data (standards/eligibility.ts): checked against the card before the form opens
 * and at submit. `instead` tells someone refused where to go; the screen adds the counter and 12345.
 */
export const eligibilitySchema = z
  .object({
    minAge: z.number().int().min(0).max(150).optional(),
    maxAge: z.number().int().min(0).max(150).optional(),
    registeredIn: z.object({ code: regionCodeSchema, name: z.string().min(2).max(40) }).strict().optional(),
    answers: z.array(z.object({ key: canonicalKeySchema, label: z.string().min(1).max(80), oneOf: z.array(z.string().min(1)).min(1) }).strict()).max(10).optional(),
    instead: z.string().min(1).max(300),
  })
  .strict();
export type Eligibility = z.infer<typeof eligibilitySchema>;

export const itemCodeSchema = z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,47}$/, '事项编码应为大写字母、数字和连字符');

/**
 * 容缺受理: a material marked `owed` may be missing at acceptance and handed in later,
 * so the case is not turned away for it.
 */
export const materialSchema = z
  .object({
    key: canonicalKeySchema,
    name: z.string().min(1).max(100),
    necessity: z.enum(['required', 'optional', 'owed']),
    /** The e-certificate type (电子证照目录) that satisfies this material without paper. */
    eCertificate: z.string().max(40).optional(),
    paperCopies: z.number().int().min(0).max(20),
    original: z.boolean(),
    sample: z.string().max(300).optional(),
    note: z.string().max(300).optional(),
    /** 容缺: the working days after acceptance within which the owed material must be handed in. */
    owedWorkingDays: z.number().int().min(1).max(60).optional(),
  })
  .strict()
  .refine((m) => (m.necessity === 'owed') === (m.owedWorkingDays !== undefined), {
    message: '容缺材料须写明补交期限（owedWorkingDays），其他材料不写 / an owed material names its deadline in owedWorkingDays, no other does',
    path: ['owedWorkingDays'],
  });
export type Material = z.infer<typeof materialSchema>;

/** What an item charges, in integer fen (no floating point near money: standards/fen.ts). */
export const feeSchema = z.preprocess(
  feeInFen,
  z.object({ name: z.string().min(1), amountFen: z.number().refine(isFen, '收费金额须为整数分 / a fee is whole fen'), basis: z.string() }).strict(),
);

export const notificationPledgeSchema = z
  .object({ applies: z.boolean(), text: z.string().max(2000).optional() })
  .strict()
  .refine((p) => !p.applies || (p.text?.length ?? 0) > 0, { message: '适用告知承诺的事项须给出承诺书文本', path: ['text'] });

/**
 * Where in which hall an item is done: the hall's name and address, its floor and window, its
 * coordinates (GCJ-02, as Chinese map apps take them) and a photo of the hall's entrance as a
 * data: URL (SVG, PNG or JPEG), so the guide shows it offline, shipped and signed with the catalog.
 */
export const hallLocationSchema = z
  .object({
    hall: z.string().min(2).max(80),
    address: z.string().min(2).max(120),
    floor: z.string().min(1).max(20),
    window: z.string().min(1).max(40),
    lng: z.number().min(73).max(136),
    lat: z.number().min(3).max(54),
    photo: z.string().max(64_000).regex(/^data:image\/(svg\+xml|png|jpeg);base64,[A-Za-z0-9+/=]+$/).optional(),
  })
  .strict();
export type HallLocation = z.infer<typeof hallLocationSchema>;

export const itemSchema = z
  .object({
    code: itemCodeSchema,
    name: z.string().min(2).max(80),
    type: z.enum(itemTypes),
    serves: z.array(z.enum(servedParties)).min(1),
    /** The 人生事件 the item belongs to, for browsing; an item for businesses may have none. */
    stages: z.array(z.enum(lifeStages)).max(4).optional(),
    eligibility: eligibilitySchema.optional(),
    department: z.string().min(2).max(80),
    legalBasis: z.array(z.string().min(1)).min(1),
    conditions: z.array(z.string().min(1)).min(1),
    materials: z.array(materialSchema),
    /** 法定办结时限 and 承诺办结时限, in working days; 0 means on the spot (即办). */
    statutoryDays: z.number().int().min(0).max(365),
    promisedDays: z.number().int().min(0).max(365),
    fees: z.array(feeSchema),
    result: z
      .object({
        name: z.string().min(1),
        delivery: z.array(z.string().min(1)).min(1),
        /** 当场办结: the result is a document the department's system issues at once, printed here on A4. */
        onTheSpot: documentKindSchema.optional(),
      })
      .strict(),
    place: z.string().min(1).max(200),
    /** 在哪里办: the hall on the map (optional: items not done in a hall have none). */
    location: hallLocationSchema.optional(),
    hours: z.string().min(1).max(200),
    phones: z.object({ consultation: z.string().min(5), complaint: z.string().min(5) }).strict(),
    channels: z.array(z.enum(channels)).min(1),
    /** 跑动次数: how many times the citizen must come in person. */
    visits: z.number().int().min(0).max(5),
    notificationPledge: notificationPledgeSchema,
    keywords: z.array(z.string().min(1).max(20)).max(20),
    aliases: z.array(z.string().min(1).max(40)).max(10),
    /** Offered on terminals in this region and every region below it. */
    region: regionCodeSchema,
    form: formSchema,
  })
  .strict()
  .refine((i) => i.promisedDays <= i.statutoryDays, { message: '承诺时限不得长于法定时限', path: ['promisedDays'] })
  .refine((i) => new Set(i.materials.map((m) => m.key)).size === i.materials.length, { message: '材料的规范键重复', path: ['materials'] })
  // A result promised before the owed paper is due could not be given: the two would contradict.
  .refine((i) => i.promisedDays === 0 || i.materials.every((m) => (m.owedWorkingDays ?? 0) <= i.promisedDays), {
    message: '容缺材料的补交期限不得晚于承诺办结时限 / an owed material cannot be due after the promised result',
    path: ['materials'],
  });
export type CatalogItem = z.infer<typeof itemSchema>;
