import { z } from 'zod';
import {
  caseNumberSchema,
  caseViewSchema,
  fieldViewSchema,
  identityViewSchema,
  itemSummarySchema,
  kioskStatusSchema,
  searchHitSchema,
  printResultSchema,
  uploadStateSchema,
} from './values.js';

const empty = z.object({}).strict();
const itemCode = z.string().min(1).max(64);

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
  'session.end': { request: empty, reply: z.object({ ended: z.literal(true) }) },
  'catalog.list': { request: empty, reply: z.array(itemSummarySchema) },
  /** As-you-type: Chinese, full pinyin, initials or a mix (社保卡, shebaoka, sbk, shebao卡). */
  'catalog.search': { request: z.object({ query: z.string().max(40) }).strict(), reply: z.array(searchHitSchema).max(20) },
  'form.get': {
    request: z.object({ itemCode }).strict(),
    reply: z.object({ item: itemSummarySchema, fields: z.array(fieldViewSchema) }),
  },
  'case.submit': {
    request: z
      .object({
        itemCode,
        answers: z.record(z.string().max(64), z.string().max(2000)),
      })
      .strict(),
    reply: z.object({
      caseNumber: z.string(),
      acceptedAt: z.string(),
      upload: uploadStateSchema,
      receipt: printResultSchema,
    }),
  },
  'case.query': { request: z.object({ caseNumber: caseNumberSchema }).strict(), reply: caseViewSchema },
  /** The acceptance receipt of a case accepted on this terminal, printed again marked 补打. */
  'case.reprint': { request: z.object({ caseNumber: caseNumberSchema }).strict(), reply: printResultSchema },
  /** The item's 办事指南 as an A4 PDF, saved in the data folder (browser host); the reply says where. */
  'document.guide': { request: z.object({ itemCode }).strict(), reply: z.object({ path: z.string() }) },
  /** The identified citizen's own filled application form, as an A4 PDF. */
  'document.form': { request: z.object({ caseNumber: caseNumberSchema }).strict(), reply: z.object({ path: z.string() }) },
} as const;

export type RequestName = keyof typeof requests;
export type RequestOf<N extends RequestName> = z.input<(typeof requests)[N]['request']>;
export type ParsedRequestOf<N extends RequestName> = z.output<(typeof requests)[N]['request']>;
export type ReplyOf<N extends RequestName> = z.output<(typeof requests)[N]['reply']>;

export function isRequestName(name: string): name is RequestName {
  return Object.hasOwn(requests, name);
}
