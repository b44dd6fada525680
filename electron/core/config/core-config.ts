import { X509Certificate } from 'node:crypto';
import { z } from 'zod';
import { mapLinkTemplateSchema } from './map-link.js';
import { caseLinkTemplateSchema } from './phone-link.js';
import { requirableDevices, serviceHoursSchema } from '../../api/lifecycle.js';
import { scanSuffixes } from '../../../drivers/scanner/line-framer.js';
import { publicKeyOfSpki } from '../catalog/bundle/keys.js';

const serialTarget = z.object({ kind: z.literal('serial'), path: z.string().min(1), baudRate: z.number().int().positive() });
const paper = z.union([z.literal(58), z.literal(80)]);
/** What the printer's font covers: most lobby printers carry only GBK, so that is assumed. */
const font = z.enum(['gb18030', 'gbk']).default('gbk');

export const idcardTargetSchema = z.discriminatedUnion('kind', [
  serialTarget,
  /** A USB HID reader carrying the same frames in reports, by its hidraw path. */
  z.object({ kind: z.literal('hid'), path: z.string().min(1), reportId: z.number().int().min(0).max(255).default(0) }),
  z.object({ kind: z.literal('simulated') }),
]);
export type IdcardTarget = z.infer<typeof idcardTargetSchema>;

export const printerTargetSchema = z.discriminatedUnion('kind', [
  serialTarget.extend({ paper, font }),
  z.object({ kind: z.literal('tcp'), host: z.string().min(1), port: z.number().int().min(1).max(65535), paper, font }),
  /** In-process simulator, where no pty can be made: receipts land in outDir as text and PNG. */
  z.object({ kind: z.literal('simulated'), paper, outDir: z.string().optional() }),
]);
export type PrinterTarget = z.infer<typeof printerTargetSchema>;

/**
 * The code scanner: a serial one (its suffix and prefix as set on the scanner, the AIM identifier
 * sent first or not), a USB HID POS one by its hidraw path, or a keyboard wedge, which types into
 * the page and needs nothing opened here (the default: most lobby scanners ship so).
 */
export const scannerTargetSchema = z.discriminatedUnion('kind', [
  serialTarget.extend({ suffix: z.enum(scanSuffixes).optional(), prefix: z.string().max(16).optional(), aim: z.boolean().default(false) }),
  z.object({ kind: z.literal('hid'), path: z.string().min(1) }),
  z.object({ kind: z.literal('wedge') }),
]);
export type ScannerTarget = z.infer<typeof scannerTargetSchema>;

/** ipp://host[:631]/path or ipps://, as IPP Everywhere printers and CUPS queues are addressed (RFC 3510). */
export const ippUrlSchema = z
  .string()
  .url()
  .refine((url) => /^ipps?:\/\/[^/\s]+\/\S*$/.test(url), 'ipp:// 或 ipps:// 地址，如 ipp://192.168.1.20:631/ipp/print / an ipp:// or ipps:// address, e.g. ipp://192.168.1.20:631/ipp/print');

/**
 * The terminal's A4 printer, spoken to over IPP: a network printer directly or a local CUPS queue
 * (ipp://localhost:631/printers/NAME). duplex: long guides on both sides of the sheet.
 */
export const a4TargetSchema = z.object({ url: ippUrlSchema, duplex: z.boolean().default(true) }).strict();
export type A4Target = z.infer<typeof a4TargetSchema>;

function isEd25519Spki(base64: string): boolean {
  try {
    return publicKeyOfSpki(base64).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

/**
 * The province identity service's keys that sign 鄂汇办 codes (Ed25519, SPKI DER in base64). In
 * the terminal's own configuration, not from the platform: they are the province's, not the
 * platform's, and a technician can add the next key when the province rolls its key over.
 */
const appCodeSchema = z
  .object({ trust: z.array(z.string().refine(isEd25519Spki, '不是 Ed25519 公钥 / not an Ed25519 public key (SPKI DER, base64)')).max(10) })
  .default({ trust: [] });

/** A PEM X.509 certificate node can load. */
export function isCertificatePem(pem: string): boolean {
  try {
    return new X509Certificate(pem).toString().length > 0;
  } catch {
    return false;
  }
}

/**
 * How the terminal trusts its platform: the certificate (or CA) recorded at enrollment, pinned
 * for every request; plain http:// beyond loopback only when a technician writes so here.
 */
const platformTrustSchema = z
  .object({
    ca: z.string().refine(isCertificatePem, '不是 PEM 证书 / not a PEM certificate').optional(),
    allowPlainHttp: z.boolean().default(false),
  })
  .strict()
  .default({ allowPlainHttp: false });

/** The core process's whole configuration, validated as it arrives from the shell. */
export const coreConfigSchema = z.object({
  dataDir: z.string().min(1),
  /** The store key: a 0600 file (browser host) or the bytes Electron unsealed with safeStorage. */
  key: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('file'), path: z.string().min(1) }),
    z.object({ kind: z.literal('raw'), base64: z.string().min(40) }),
  ]),
  demo: z.boolean().default(false),
  /** Enroll on first start with this one-time token (the demo does; a technician uses `tongban enroll`). */
  enrollment: z.object({ platformUrl: z.string().url(), token: z.string().min(16) }).optional(),
  /**
   * An unenrolled terminal running the demo: its own data folder, where technician mode's
   * enrollment screen writes the enrolled terminal (config.json, store, key). Absent: no enrolling
   * from the screen (an enrolled terminal, or a demo started for its own sake).
   */
  enrollInto: z.string().min(1).optional(),
  /** a4 absent: no A4 printer, so guides and forms are saved as PDFs and the screen says so. */
  devices: z.object({
    idcard: idcardTargetSchema,
    printer: printerTargetSchema,
    scanner: scannerTargetSchema.default({ kind: 'wedge' }),
    a4: a4TargetSchema.optional(),
  }),
  platform: platformTrustSchema,
  /** No keys: the terminal takes no 鄂汇办 code and says so to a citizen who scans one. */
  appCode: appCodeSchema,
  /** The provincial app's link to a case: absent, the done screen offers no 在手机上继续 code. */
  phoneApp: z.object({ caseLink: caseLinkTemplateSchema }).strict().optional(),
  /** The map app whose marker link the guide's 在哪里办 shows as a QR code (default: Amap, config/map-link.ts). */
  maps: z.object({ navigationLink: mapLinkTemplateSchema }).strict().optional(),
  /**
   * When the hall takes citizens (no hours: round the clock) and which devices its service cannot
   * do without: a required device that stops working puts the terminal out of service.
   * staffedHours: when staff are in the hall to answer 呼叫帮办 (no hours: always), for a terminal
   * that serves round the clock in a hall staffed by day.
   */
  service: z
    .object({
      hours: serviceHoursSchema.optional(),
      staffedHours: serviceHoursSchema.optional(),
      requiredDevices: z.array(z.enum(requirableDevices)).max(requirableDevices.length).default([]),
    })
    .strict()
    .default({ requiredDevices: [] }),
  /**
   * The disk guard's thresholds in MB (default 2048 and 500, disk/disk-policy.ts): below purgeBelowMb
   * of room old files and delivered data are purged; still below refuseBelowMb, no new case.
   */
  disk: z
    .object({ purgeBelowMb: z.number().int().min(1), refuseBelowMb: z.number().int().min(1) })
    .strict()
    .refine((disk) => disk.refuseBelowMb <= disk.purgeBelowMb, { message: 'refuseBelowMb 不能大于 purgeBelowMb / refuseBelowMb cannot exceed purgeBelowMb' })
    .optional(),
  /** A shared screen: after this long untouched, the citizen is asked, then the session wiped. */
  session: z.object({ idleSeconds: z.number().int().min(10).max(600).default(60) }).default({ idleSeconds: 60 }),
  sync: z
    .object({
      idleIntervalMs: z.number().int().positive(),
      backoffBaseMs: z.number().int().positive(),
      backoffMaxMs: z.number().int().positive(),
      /** Days after the platform acknowledged a case before its personal data leaves the terminal. */
      retentionDays: z.number().int().min(0).max(3650),
    })
    .partial()
    .default({}),
});
export type CoreConfig = z.infer<typeof coreConfigSchema>;
export type CoreConfigInput = z.input<typeof coreConfigSchema>;
