import { z } from 'zod';
import { isValidCaseNumber, normalizeCaseNumber } from '../../standards/case-number.js';
import type { Unmet } from '../../standards/eligibility.js';
import { idNumberProblem, normalizeIdNumber, type IdNumberProblem } from '../../standards/id-number.js';
import { serviceHoursSchema, serviceStateSchema } from './lifecycle.js';

/**
 * Values that cross from the Node side to the screen. Personal data crosses only masked:
 * the renderer never holds a full name or ID number, so a shared screen cannot leak one.
 */
export const caseNumberSchema = z
  .string()
  .transform(normalizeCaseNumber)
  .pipe(
    z
      .string()
      .regex(/^[A-Z0-9]{6}\d{13}[0-9A-Z]$/, '办件编号格式不正确')
      // The check character catches a single mistyped character or two swapped neighbours, so
      // a typo is refused instead of finding someone else's case.
      .refine(isValidCaseNumber, '办件编号有一位不对，请对照回执逐位核对'),
  );

export const identityViewSchema = z.object({
  cardType: z.enum(['resident', 'foreigner', 'hkmotw']),
  maskedName: z.string(),
  maskedIdNumber: z.string(),
  /**
   * 'typed': the citizen typed the number; nobody showed a card, so less is opened to it.
   * 'appCode': the provincial app's real-name code (鄂汇办 亮码), checked on this terminal.
   */
  source: z.enum(['card', 'typed', 'appCode']),
});

/**
 * Why a scanned 鄂汇办 code did not sign the citizen in; the screen words each one with what to do.
 * 'unavailable': this terminal was given no key of the province's identity service.
 */
export const appCodeRefusalSchema = z.enum(['unavailable', 'malformed', 'forged', 'expired', 'notYetValid', 'used', 'badIdNumber']);
export type AppCodeRefusal = z.infer<typeof appCodeRefusalSchema>;

const idNumberWords: Record<IdNumberProblem, string> = {
  length: '身份证号码应为 18 位',
  characters: '身份证号码只能是数字，最后一位可以是 X',
  birthDate: '身份证号码中的出生日期不存在，请核对',
  checkDigit: '最后一位校验不对，请核对',
};

/** A GB 11643 number typed on the screen: checked again here, whatever the screen checked. */
export const typedIdNumberSchema = z
  .string()
  .max(40)
  .transform(normalizeIdNumber)
  .superRefine((id, context) => {
    const problem = idNumberProblem(id);
    if (problem) context.addIssue({ code: 'custom', message: idNumberWords[problem] });
  });

/** A name typed with the pinyin keyboard: Chinese, or Latin letters, with the · of minority names. */
export const typedNameSchema = z
  .string()
  .trim()
  .regex(/^[\p{Script=Han}A-Za-z·• ]{1,30}$/u, '姓名只能是汉字或字母');
export type IdentityView = z.infer<typeof identityViewSchema>;

export const itemSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  department: z.string(),
  promisedDays: z.number().int().nonnegative(),
  /** 当场办结: nothing to fill in; the document is printed at once (the 证明打印 screen). */
  onTheSpot: z.literal(true).optional(),
});
export type ItemSummary = z.infer<typeof itemSummarySchema>;

/** 人生事件: the moments of a life a citizen browses by ("I am having a baby"), not by department; in life's order. */
export const lifeStages = ['出生', '上学', '就业', '婚育', '置业', '就医', '创业', '退休', '养老'] as const;
export type LifeStage = (typeof lifeStages)[number];
/** Whom an item serves: 自然人 (shown as 个人) and 法人. */
export const servedParties = ['自然人', '法人'] as const;
export type ServedParty = (typeof servedParties)[number];

/** An item or 一件事 as the browse screen files it: for whom (个人 / 法人), under which 人生事件 and department. */
export const browseEntrySchema = itemSummarySchema.extend({
  kind: z.enum(['item', 'lifeEvent']),
  serves: z.array(z.enum(servedParties)),
  stages: z.array(z.enum(lifeStages)),
});
export type BrowseEntry = z.infer<typeof browseEntrySchema>;

/** One 受理条件 not met (standards/eligibility.ts), as codes and figures the screen words. */
export const unmetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('minAge'), min: z.number().int(), age: z.number().int() }),
  z.object({ kind: z.literal('maxAge'), max: z.number().int(), age: z.number().int() }),
  z.object({ kind: z.literal('region'), regionName: z.string() }),
  z.object({ kind: z.literal('unverifiable') }),
  z.object({ kind: z.literal('answer'), key: z.string(), label: z.string() }),
]) satisfies z.ZodType<Unmet>;

/** Why the citizen cannot apply for one item (of a 一件事, each item refusing), and where to go instead. */
export const refusalViewSchema = z.object({ itemName: z.string(), unmet: z.array(unmetSchema).min(1), instead: z.string() });
export type RefusalView = z.infer<typeof refusalViewSchema>;

/** One answer to as-you-type search: an item, or a 一件事 joining several. */
export const searchHitSchema = itemSummarySchema.extend({
  kind: z.enum(['item', 'lifeEvent']),
  /** The name, alias or keyword the query matched, so the screen can say why it is offered. */
  matched: z.string(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/** The days a date field takes today (lobby dates), for the screen's calendar. */
export const dateBoundsSchema = z.object({
  today: z.iso.date(),
  earliest: z.iso.date().nullable(),
  latest: z.iso.date().nullable(),
  workingDaysOnly: z.boolean(),
});
export type DateBounds = z.infer<typeof dateBoundsSchema>;

export const fieldViewSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** `choice` draws as buttons; every other kind is typed in, with the keypad its name suggests. */
  kind: z.enum(['text', 'choice', 'idNumber', 'phone', 'date', 'region', 'number', 'checkbox', 'signature']),
  required: z.boolean(),
  /** Shown masked and locked, with where it came from: the value stays on the Node side. */
  prefilled: z
    .discriminatedUnion('source', [
      /** Where the identity came from: the card read, typed by the citizen, or the 鄂汇办 code. */
      z.object({ display: z.string(), source: z.enum(['idcard', 'typed', 'appCode']) }),
      /** `certificate` names the e-certificate (电子证照), e.g. 结婚证. */
      z.object({ display: z.string(), source: z.literal('ecert'), certificate: z.string() }),
    ])
    .nullable(),
  options: z.array(z.object({ value: z.string(), label: z.string() })),
  /** The catalog's limit on the answer's length: the screen stops taking keys there. */
  maxLength: z.number().int().positive().optional(),
  /** A date field's allowed days: the calendar offers only these, and the core refuses others. */
  dates: dateBoundsSchema.optional(),
});
export type FieldView = z.infer<typeof fieldViewSchema>;

export const uploadStateSchema = z.enum(['waiting', 'uploaded']);
export type UploadState = z.infer<typeof uploadStateSchema>;

/** Why no paper came out; the screen words it in the citizen's language. */
export const printProblems = ['paperOut', 'paperJam', 'coverOpen', 'tonerLow', 'unavailable', 'interrupted', 'fault'] as const;
export type PrintProblem = (typeof printProblems)[number];

/** Whether paper came out; if not, why. */
export const printResultSchema = z.object({ printed: z.boolean(), problem: z.enum(printProblems).optional() });
export type PrintResult = z.infer<typeof printResultSchema>;

/**
 * An A4 document on its way to the A4 printer: the page count before, the pages done while it
 * prints, and why it stopped (the screen words the problem; reason is the technician's).
 */
export const a4JobViewSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(['guide', 'form', 'test', 'result']),
  state: z.enum(['queued', 'printing', 'done', 'failed']),
  pages: z.number().int().positive(),
  /** The sheets a citizen takes: fewer than the pages when printed on both sides. */
  sheets: z.number().int().positive(),
  pagesDone: z.number().int().min(0),
  problem: z.enum(printProblems).optional(),
  reason: z.string().max(1000).optional(),
});
export type A4JobView = z.infer<typeof a4JobViewSchema>;

/**
 * Where an A4 document went: to the terminal's A4 printer (a job to follow), or, where no A4
 * printer is configured, saved as a PDF in the data folder for staff to print.
 */
export const a4DocumentReplySchema = z.discriminatedUnion('to', [
  z.object({ to: z.literal('printer'), job: a4JobViewSchema }),
  z.object({ to: z.literal('file'), pages: z.number().int().positive(), path: z.string() }),
]);
export type A4DocumentReply = z.infer<typeof a4DocumentReplySchema>;

export const caseStatusSchema = z.enum(['accepted_on_terminal', 'received_by_platform']);
export type CaseStatus = z.infer<typeof caseStatusSchema>;


/** One of the identified citizen's cases on this terminal, in a list they pick from. */
export const caseSummarySchema = z.object({
  caseNumber: z.string(),
  itemName: z.string(),
  acceptedAt: z.string(),
  status: caseStatusSchema,
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseViewSchema = z.object({
  caseNumber: z.string(),
  itemName: z.string(),
  acceptedAt: z.string(),
  status: caseStatusSchema,
  /** Where the answer came from: the platform, or this terminal's own record when offline. */
  source: z.enum(['platform', 'terminal']),
  timeline: z.array(z.object({ at: z.string(), label: z.string() })),
  /** The lobby date (YYYY-MM-DD) the item promises its result by; null when not known here. */
  expectedBy: z.iso.date().nullable(),
  /** 不予受理 (rejected) or 终止办理 (terminated), as the platform's admins marked it: why, and the fees given back. */
  notProceeding: z.object({ kind: z.enum(['rejected', 'terminated']), reason: z.string(), at: z.string(), refundedFen: z.number().int().min(0) }).optional(),
});
export type CaseView = z.infer<typeof caseViewSchema>;

export { serviceStateSchema, type ServiceState } from './lifecycle.js';

/**
 * What the platform set for this terminal's screen (remote config): the home screen's
 * announcements (none: the built-in ones), speech and its volume, 长者模式 from the first screen.
 */
export const screenSettingsSchema = z.object({
  announcements: z.array(z.object({ zh: z.string(), en: z.string() })),
  speech: z.boolean(),
  /** 0 to 100. */
  volume: z.number().int().min(0).max(100),
  elderModeByDefault: z.boolean(),
});
export type ScreenSettings = z.infer<typeof screenSettingsSchema>;

export const kioskStatusSchema = z.object({
  terminalName: z.string(),
  hallName: z.string(),
  online: z.boolean(),
  waitingUploads: z.number().int().nonnegative(),
  /** For technicians: is the queue moving, what did the platform refuse for good, is the clock right. */
  sync: z.object({
    oldestWaitingAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    deadLetters: z.number().int().nonnegative(),
    /** Items the platform keeps failing: still retried, flagged so that a technician looks (`tongban outbox`). */
    stuck: z.number().int().nonnegative(),
    /** Platform time minus the terminal's, from the last heartbeat. */
    clockSkewMs: z.number().nullable(),
  }),
  demo: z.boolean(),
  service: serviceStateSchema,
  /** The hall's opening hours where the configuration gives them, for the citizen screens. */
  serviceHours: serviceHoursSchema.nullable(),
  /** Seconds without a touch before the screen asks "are you still here?". */
  idleSeconds: z.number().int().positive(),
  /** Whether this terminal holds the province's keys to check 鄂汇办 codes; without them the screen offers none. */
  appCodeSignIn: z.boolean(),
  /** A citizen is identified at the screen now: the shell installs no update and restarts nothing then. */
  citizenPresent: z.boolean(),
  screen: screenSettingsSchema,
  /** Staff answered this terminal's help call lately: who is coming (工号) and when they answered. */
  helpComing: z.object({ by: z.string(), at: z.string() }).nullable(),
});
export type KioskStatus = z.infer<typeof kioskStatusSchema>;

/** 好差评 levels, best first; the platform receives them as scores 5 to 1. */
export const reviewLevels = ['非常满意', '满意', '基本满意', '不满意', '非常不满意'] as const;
export const reviewLevelSchema = z.enum(reviewLevels);
export type ReviewLevel = z.infer<typeof reviewLevelSchema>;

/** What a citizen may tick under a bad review (不满意, 非常不满意). */
export const reviewReasons = ['办事指南不清楚', '材料要求不明确', '操作复杂', '等待时间长', '设备故障', '办理结果不满意', '其他'] as const;
export const reviewReasonSchema = z.enum(reviewReasons);

/** Help calls the screen makes; a fault the kiosk notices itself is a device event. */
export const helpReasonSchema = z.enum(['citizen_request', 'device_fault', 'idle_timeout']);
export type HelpReason = z.infer<typeof helpReasonSchema>;

/** What is wrong with one typed answer, in words for the citizen; `key` is the field's. */
/** One answer's problem, in Chinese and (`en`) in English. */
export const fieldProblemSchema = z.object({ key: z.string(), message: z.string(), en: z.string() });
export type FieldProblem = z.infer<typeof fieldProblemSchema>;

/** 免申即享: a benefit the identified person is due without applying, as the screen tells it. */
export const benefitViewSchema = z.object({ code: z.string(), name: z.string(), department: z.string(), notice: z.string() });
export type BenefitView = z.infer<typeof benefitViewSchema>;

/**
 * An item's 办事指南 as the screen shows it: the same sections, in the same order, as the A4
 * guide the terminal prints, so what a citizen reads is what they take away.
 */
export const guideViewSchema = z.object({
  title: z.string(),
  subtitle: z.string().optional(),
  sections: z.array(
    z.object({
      heading: z.string(),
      rows: z.array(z.tuple([z.string(), z.string()]).readonly()).readonly().optional(),
      paragraphs: z.array(z.string()).readonly().optional(),
    }),
  ),
});
export type GuideView = z.infer<typeof guideViewSchema>;

/** 在哪里办: the hall, floor and window of an item, its photo, and the link a phone navigates by. */
export const hallPlaceViewSchema = z.object({
  hall: z.string(),
  address: z.string(),
  floor: z.string(),
  window: z.string(),
  photo: z.string().nullable(),
  navigationUrl: z.string(),
});
export type HallPlaceView = z.infer<typeof hallPlaceViewSchema>;

/** One of the identified citizen's cases accepted on this terminal: for my cases and for 好差评. */
export const myCaseSchema = caseSummarySchema.extend({ reviewed: z.boolean() });
export type MyCase = z.infer<typeof myCaseSchema>;
