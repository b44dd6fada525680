import { z } from 'zod';
import {
  appCodeRefusalSchema,
  caseNumberSchema,
  caseViewSchema,
  fieldViewSchema,
  identityViewSchema,
  itemSummarySchema,
  browseEntrySchema,
  refusalViewSchema,
  kioskStatusSchema,
  searchHitSchema,
  printResultSchema,
  a4DocumentReplySchema,
  a4JobViewSchema,
  uploadStateSchema,
  helpReasonSchema,
  reviewLevelSchema,
  reviewReasonSchema,
  fieldProblemSchema,
  benefitViewSchema,
  guideViewSchema,
  hallPlaceViewSchema,
  myCaseSchema,
  typedIdNumberSchema,
  typedNameSchema,
} from './values.js';
import { isReadableText } from '../../standards/readable-text.js';
import { commitmentSubmissionSchema, materialSubmissionSchema, materialsReplySchema } from './materials.js';
import { scanMeaningSchema } from './scan-meaning.js';
import { catalogDiagnosisSchema, checkSchema, deviceTestSchema, diagnosisSchema, logLinesSchema, syncDiagnosisSchema } from './diagnostics.js';
import { deviceAssignmentSchema, deviceRoles, deviceSettingsSchema } from './device-settings.js';
import { technicianPinSchema, technicianStateSchema, unlockReplySchema } from './technician.js';
import { serviceHoursSchema } from './lifecycle.js';
import { enrolledSchema, enrollRequestSchema, platformAddressSchema, presentedPlatformSchema } from './enrollment.js';
import { nextStepsSchema } from './next-steps.js';
import { askReplySchema, situationSummarySchema, situationViewSchema } from './guided-help.js';
import { appointmentRequests } from './appointments.js';
import { caseFeesViewSchema, noticeNumberSchema, noticeViewSchema, paymentDueSchema, paymentViewSchema } from './payments.js';
import { remoteWindowRequests } from './remote-window.js';
import { remoteCardPhotoRequests } from './remote-card-photo.js';
import { smsRequests } from './sms.js';
import { handwritingRequests } from './handwriting.js';

const empty = z.object({}).strict();
const itemCode = z.string().min(1).max(64);
const answers = z.record(z.string().max(64), z.string().max(2000));

/** Where a technician exports logs to: an absolute folder, as a mount point is written. */
const exportFolderSchema = z
  .string()
  .max(400)
  .regex(/^(\/|[A-Za-z]:[\\/])[^\0]*$/, '请填写完整目录，例如 /media/usb / write the whole folder, e.g. /media/usb');

const badLevels: readonly string[] = ['不满意', '非常不满意'];

/** 好差评: reasons belong to a bad review, and a bad review says at least one. */
const reviewRequest = z
  .object({
    caseNumber: caseNumberSchema,
    level: reviewLevelSchema,
    reasons: z.array(reviewReasonSchema).max(7).default([]),
    comment: z
      .string()
      .trim()
      .max(500)
      .refine((comment) => isReadableText(comment, 'lines'), '评价内容含有无法识别的字符，请删除后重新填写 / the comment holds characters that cannot be read')
      .optional(),
  })
  .strict()
  .refine((r) => badLevels.includes(r.level) === (r.reasons.length > 0), {
    message: '不满意时请至少选择一项原因；满意时无需选择原因',
    path: ['reasons'],
  });

/**
 * The requests the renderer may make, each with the schema of its payload and of its reply.
 * Both transports (Electron IPC, the browser host's HTTP) and the core validate against these.
 */
export const requests = {
  'kiosk.status': { request: empty, reply: kioskStatusSchema },
  'identity.read': {
    request: z.object({ timeoutMs: z.number().int().min(1000).max(120_000).default(30_000) }).strict(),
    reply: identityViewSchema,
  },
  /** The ID number and name typed on the screen: a session marked typed, without 电子证照 or 我的办件. */
  'identity.typed': {
    request: z.object({ idNumber: typedIdNumberSchema, name: typedNameSchema }).strict(),
    reply: identityViewSchema,
  },
  /**
   * The 鄂汇办 code the wedge scanner typed: a real-name identity like a card read's, or the
   * reason it was refused. A refusal is an answer, not an error: the citizen scans again.
   */
  'identity.appCode': {
    request: z.object({ code: z.string().max(1000) }).strict(),
    reply: z.discriminatedUnion('accepted', [
      z.object({ accepted: z.literal(true), identity: identityViewSchema }),
      z.object({ accepted: z.literal(false), refusal: appCodeRefusalSchema }),
    ]),
  },
  /** A keyboard wedge's scan, heard by the screen: the core counts a repeat once and says what it means (null: a repeat). */
  'scan.wedge': { request: z.object({ text: z.string().min(1).max(4000) }).strict(), reply: scanMeaningSchema.nullable() },
  'session.end': { request: empty, reply: z.object({ ended: z.literal(true) }) },
  'catalog.list': { request: empty, reply: z.array(itemSummarySchema) },
  /** The 一件事 (life events) this terminal offers, each joining several items into one application. */
  'catalog.lifeEvents': { request: empty, reply: z.array(itemSummarySchema) },
  /**
   * Everything offered, filed for browsing, and 热门事项: the codes asked for most on this
   * terminal (cases applied for, guides opened), most first.
   */
  'catalog.browse': { request: empty, reply: z.object({ entries: z.array(browseEntrySchema), popular: z.array(z.string()).max(12), popularFrom: z.enum(['region', 'terminal']) }) },
  /** An item's 办事指南, readable without identifying. */
  'catalog.guide': { request: z.object({ itemCode }).strict(), reply: guideViewSchema },
  /** 在哪里办 (offline, from the catalog): the item's hall on the map; null where the catalog names none. */
  'catalog.place': { request: z.object({ itemCode }).strict(), reply: hallPlaceViewSchema.nullable() },
  /** As-you-type: Chinese, full pinyin, initials or a mix (社保卡, shebaoka, sbk, shebao卡). */
  'catalog.search': { request: z.object({ query: z.string().max(40) }).strict(), reply: z.array(searchHitSchema).max(20) },
  'form.get': {
    request: z.object({ itemCode }).strict(),
    /**
     * For a 一件事, `item` is the bundle and `parts` the items it joins; an item alone has none.
     * `certificatesUnavailable`: some fields come from e-certificates, the platform did not
     * answer, so the citizen types them. `refused`: the card shows 受理条件 not met (one entry an
     * item); the screen says why and where to go before anything is filled in. Empty: may apply.
     */
    reply: z.object({
      item: itemSummarySchema,
      fields: z.array(fieldViewSchema),
      parts: z.array(itemSummarySchema),
      certificatesUnavailable: z.boolean(),
      refused: z.array(refusalViewSchema),
    }),
  },
  /** One page of a form checked before the next: the problems of the typed answers under `keys`. */
  'form.check': {
    request: z.object({ itemCode, answers, keys: z.array(z.string().max(64)).max(80) }).strict(),
    reply: z.array(fieldProblemSchema),
  },
  /**
   * 免申即享 for the identified citizen. `certificatesChecked` is false when the platform did not
   * answer: benefits that depend on e-certificates could not be looked at.
   */
  'benefits.due': { request: empty, reply: z.object({ benefits: z.array(benefitViewSchema), certificatesChecked: z.boolean() }) },
  'case.submit': {
    request: z
      .object({
        /**
         * Made by the screen once per submission and sent again with each retry of it: a second
         * try of a submission already committed (its reply lost to a crash) gets the same cases.
         */
        submissionId: z.uuid(),
        itemCode,
        answers,
        /** One entry a material the citizen satisfied: by e-certificate, photo, or 容缺 with a deadline. */
        materials: z.array(materialSubmissionSchema).max(30).default([]),
        /** 告知承诺, signed on screen; required where the item allows it. */
        commitment: commitmentSubmissionSchema.optional(),
      })
      .strict(),
    /**
     * Answered once the cases are committed. A 一件事 fans out into one case per item: `cases`
     * lists them all, `caseNumber` is the first; its upload and receipt follow (case.outcome).
     */
    reply: z.object({
      caseNumber: z.string(),
      cases: z
        .array(
          z.object({
            caseNumber: z.string(),
            itemCode: z.string(),
            itemName: z.string(),
            /** Fees the item charges, paid by 缴费 after submitting (absent when it charges nothing). */
            fees: z.array(z.object({ name: z.string(), amountFen: z.number().int().min(1) })).optional(),
          }),
        )
        .min(1),
      acceptedAt: z.string(),
      /**
       * What happens next. Absent only when a core restarted since the commit answers a retry: it
       * no longer knows the citizen's card or materials, and the receipt already says it.
       */
      next: nextStepsSchema.optional(),
    }),
  },
  /** The latest submission's upload attempt (at most a second and a half) and its printed receipt. */
  /** The case on the provincial app, for the done screen's 在手机上继续 QR code; null when no link is configured. */
  'case.phoneLink': { request: z.object({ caseNumber: caseNumberSchema }).strict(), reply: z.object({ url: z.url({ protocol: /^https$/ }).nullable() }) },
  'case.outcome': {
    request: z.object({ caseNumber: caseNumberSchema }).strict(),
    reply: z.object({ upload: uploadStateSchema, receipt: printResultSchema }),
  },
  /** The materials of an item or 一件事 (shared by key), with the citizen's e-certificates that satisfy them. */
  'materials.get': { request: z.object({ itemCode }).strict(), reply: materialsReplySchema },
  'case.query': { request: z.object({ caseNumber: caseNumberSchema }).strict(), reply: caseViewSchema },
  /** 我的办件: the card-identified citizen's cases accepted on this terminal, newest first. */
  /** 进度单: where the case stands now, printed on the receipt printer. */
  'case.slip': { request: z.object({ caseNumber: caseNumberSchema }).strict(), reply: printResultSchema },
  /** The acceptance receipt of a case accepted on this terminal, printed again marked 补打. */
  'case.reprint': { request: z.object({ caseNumber: caseNumberSchema }).strict(), reply: printResultSchema },
  /** How many A4 pages a document comes to, and whether this terminal prints it or saves it (no A4 printer). */
  'document.pages': {
    request: z.union([z.object({ itemCode }).strict(), z.object({ caseNumber: caseNumberSchema }).strict()]),
    reply: z.object({ pages: z.number().int().positive(), to: z.enum(['printer', 'file']) }),
  },
  /** The item's 办事指南 on the A4 printer (a job to follow), or saved as a PDF where there is none. */
  'document.guide': { request: z.object({ itemCode }).strict(), reply: a4DocumentReplySchema },
  /** An A4 job as it stands: pages done, and why it stopped. */
  'document.job': { request: z.object({ id: z.string().min(1).max(64) }).strict(), reply: a4JobViewSchema },
  /** The same A4 document again as a new job, once paper is loaded or the door closed. */
  'document.reprint': { request: z.object({ id: z.string().min(1).max(64) }).strict(), reply: a4JobViewSchema },
  /** The item's 办事指南 on the receipt printer, for a citizen who wants it on paper now. */
  'guide.print': { request: z.object({ itemCode }).strict(), reply: printResultSchema },
  /** The identified citizen's own filled application form on A4, as 'document.guide'. */
  'document.form': { request: z.object({ caseNumber: caseNumberSchema }).strict(), reply: a4DocumentReplySchema },
  /** 当场办结: the items whose 证明 or 记录 prints at once, for the 证明打印 screen. */
  'results.items': { request: empty, reply: z.array(itemSummarySchema) },
  /** The card-identified citizen's document from the department's system, on the A4 printer with a watermark and a verification QR code. */
  'results.print': { request: z.object({ itemCode }).strict(), reply: a4DocumentReplySchema },
  /** The card-identified citizen's cases accepted on this terminal (newest first): to follow one or to rate it. */
  'cases.mine': { request: empty, reply: z.array(myCaseSchema).max(50) },
  /** 好差评, once per case accepted on this terminal; a second one is refused (ALREADY_REVIEWED). */
  'review.submit': { request: reviewRequest, reply: z.object({ reviewed: z.literal(true), upload: uploadStateSchema }) },
  /** Whether staff are in the hall now to answer 呼叫帮办, asked before the screen offers a call. */
  'help.availability': { request: empty, reply: z.object({ staffed: z.boolean(), staffedHours: serviceHoursSchema.nullable() }) },
  /** 智能客服: a question in the citizen's own words; the items that fit, or answered false (12345 and the help call). */
  'assistant.ask': { request: z.object({ question: z.string().trim().min(1).max(100) }).strict(), reply: askReplySchema },
  /** 情景式导办: the situations this terminal's catalog walks a citizen through. */
  'situations.list': { request: empty, reply: z.array(situationSummarySchema) },
  'situations.get': { request: z.object({ code: itemCode }).strict(), reply: situationViewSchema },
  /** 呼叫帮办: staff are called to this terminal. */
  'help.call': {
    request: z.object({ reason: helpReasonSchema.default('citizen_request') }).strict(),
    reply: z.object({ called: z.literal(true), callId: z.string().min(1).max(64), upload: uploadStateSchema }),
  },
  /** 取消呼叫: the citizen who placed `callId` withdraws it; the platform hears as it heard the call. */
  'help.cancel': {
    request: z.object({ callId: z.string().min(1).max(64) }).strict(),
    reply: z.object({ cancelled: z.literal(true), upload: uploadStateSchema }),
  },
  /** 缴费 (online only): a 非税 payment notice looked up by its number. */
  'payment.notice': { request: z.object({ noticeNumber: noticeNumberSchema }).strict(), reply: noticeViewSchema },
  /** An order for the notice (the same one again while it is pending), with the QR code the phone pays. */
  'payment.start': { request: paymentDueSchema, reply: paymentViewSchema },
  /** 缴费 by case number: the case's fees as the platform holds them (the case sent up first). */
  'payment.caseFees': { request: z.object({ caseNumber: caseNumberSchema }).strict(), reply: caseFeesViewSchema },
  /** Where the payment stands, asked of the platform. */
  'payment.status': { request: z.object({ orderId: z.string().min(1).max(64) }).strict(), reply: paymentViewSchema },
  /** The citizen stops waiting: the order is closed, unless it was paid meanwhile, which the reply says. */
  'payment.cancel': { request: z.object({ orderId: z.string().min(1).max(64) }).strict(), reply: paymentViewSchema },
  /** A payment begun here whose citizen has not left its outcome (after a restart): to show it again. */
  'payment.unfinished': { request: empty, reply: paymentViewSchema.nullable() },
  /** The e-receipt slip of a paid order on the receipt printer. */
  'payment.receipt': { request: z.object({ orderId: z.string().min(1).max(64) }).strict(), reply: printResultSchema },
  /** The citizen has seen the outcome and left it: it is not shown again after a restart. */
  'payment.dismiss': { request: z.object({ orderId: z.string().min(1).max(64) }).strict(), reply: z.object({ dismissed: z.literal(true) }) },
  /** Technician mode (the core refuses these unless a technician unlocked it): the outbox, in words. */
  'technician.sync': { request: empty, reply: syncDiagnosisSchema },
  /** One dead letter back into the outbox, to be sent again from the start. */
  'technician.resendDeadLetter': { request: z.object({ id: z.string().min(1).max(64) }).strict(), reply: z.object({ resent: z.literal(true) }) },
  'technician.catalog': { request: empty, reply: catalogDiagnosisSchema },
  /** The previous signed catalog becomes current again, offered from the next request on. */
  'technician.rollBackCatalog': { request: empty, reply: z.object({ from: z.number().int(), to: z.number().int() }) },
  /** The log's newest lines, personal data already removed. */
  'technician.logs': { request: z.object({ lines: z.number().int().min(1).max(1000).default(200) }).strict(), reply: logLinesSchema },
  /** The redacted log written into a folder (a USB stick's mount point), as a 0600 file. */
  'technician.exportLogs': { request: z.object({ folder: exportFolderSchema }).strict(), reply: z.object({ path: z.string() }) },
  'technician.network': { request: empty, reply: diagnosisSchema },
  'technician.devices': { request: empty, reply: diagnosisSchema },
  /** Each role's port and baud as configured, and the ports found to give them. */
  'technician.deviceSettings': { request: empty, reply: deviceSettingsSchema },
  /** Roles given to ports, checked and written to config.json; the core starts again to open them there. */
  'technician.assignDevices': {
    request: z.object({ assignments: z.array(deviceAssignmentSchema).min(1).max(deviceRoles.length) }).strict(),
    reply: z.object({ restarting: z.literal(true) }),
  },
  /** One test of one device role; the answer is a check in words, never the card's contents. */
  'technician.testDevice': { request: z.object({ test: deviceTestSchema }).strict(), reply: checkSchema },
  /**
   * Technician mode. The core refuses every technician.* request but unlock unless a session is
   * unlocked; it ends on lock, after technicianIdleSeconds without one, and when a citizen identifies.
   */
  'technician.unlock': { request: z.object({ pin: technicianPinSchema }).strict(), reply: unlockReplySchema },
  'technician.lock': { request: empty, reply: z.object({ locked: z.literal(true) }) },
  'technician.state': { request: empty, reply: technicianStateSchema },
  /** Maintenance on: citizens see the maintenance screen, across restarts, until a technician turns it off. */
  'technician.maintenance': { request: z.object({ on: z.boolean() }).strict(), reply: technicianStateSchema },
  /** The core asks its host to start it again; the screen sees one "please wait" and comes back. */
  'technician.restart': { request: empty, reply: z.object({ restarting: z.literal(true) }) },
  /** An unenrolled terminal's enrollment screen: what the platform at this address presents, before anything is sent to it. */
  'technician.platformCertificate': { request: z.object({ platformUrl: platformAddressSchema }).strict(), reply: presentedPlatformSchema },
  /** Enrolls this terminal with a one-time token, pinning the certificate the technician confirmed; it serves as enrolled from its next start. */
  'technician.enroll': { request: enrollRequestSchema, reply: enrolledSchema },
  ...appointmentRequests,
  ...smsRequests,
  ...remoteWindowRequests,
  ...handwritingRequests,
  ...remoteCardPhotoRequests,
} as const;

export type RequestName = keyof typeof requests;
export type RequestOf<N extends RequestName> = z.input<(typeof requests)[N]['request']>;
export type ParsedRequestOf<N extends RequestName> = z.output<(typeof requests)[N]['request']>;
export type ReplyOf<N extends RequestName> = z.output<(typeof requests)[N]['reply']>;

export function isRequestName(name: string): name is RequestName {
  return Object.hasOwn(requests, name);
}
