import { z } from 'zod';
import { regionCodeSchema } from './enroll.js';
import { decimalParam, int4Max, wireCount, wireText } from './wire-values.js';

/**
 * A catalog bundle: one header line of JSON, a newline, then the payload bytes (the catalog JSON).
 * The header carries the manifest as the exact string that was signed, so no side ever has to
 * re-serialise JSON to check a signature, and the payload is checked by length and SHA-256.
 */
export const catalogManifestSchema = z
  .object({
    type: z.literal('tongban.catalog'),
    /** Stored in an integer column. The times are only compared, never stored, and stay as signed. */
    version: z.number().int().min(1).max(int4Max),
    created: z.iso.datetime({ offset: true }),
    expires: z.iso.datetime({ offset: true }),
    /** The region whose terminals (and those below it) take this bundle. */
    scope: regionCodeSchema,
    payload: z.object({ length: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  })
  .strict();
export type CatalogManifest = z.infer<typeof catalogManifestSchema>;

export const bundleHeaderSchema = z
  .object({
    manifest: z.string().max(4096),
    signatures: z.array(z.object({ keyId: z.string().regex(/^[0-9a-f]{16}$/), signature: z.string().max(200) }).strict()).max(16),
  })
  .strict();
export type BundleHeader = z.infer<typeof bundleHeaderSchema>;

export interface SplitBundle {
  header: BundleHeader;
  manifest: CatalogManifest;
  payload: Buffer;
}

/** The bundle is not even shaped like one; nothing in it can be trusted or reported. */
export class MalformedBundleError extends Error {
  override name = 'MalformedBundleError';
}

const maxHeaderBytes = 8192;

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new MalformedBundleError(`${what} is not JSON`);
  }
}

export function splitBundle(bytes: Buffer): SplitBundle {
  const newline = bytes.subarray(0, maxHeaderBytes).indexOf(0x0a);
  if (newline < 0) throw new MalformedBundleError('no header line');
  const header = bundleHeaderSchema.safeParse(parseJson(bytes.subarray(0, newline).toString('utf8'), 'header'));
  if (!header.success) throw new MalformedBundleError('header does not match the bundle format');
  const manifest = catalogManifestSchema.safeParse(parseJson(header.data.manifest, 'manifest'));
  if (!manifest.success) {
    const issue = manifest.error.issues[0];
    throw new MalformedBundleError(`manifest: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  return { header: header.data, manifest: manifest.data, payload: bytes.subarray(newline + 1) };
}

export function joinBundle(header: BundleHeader, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), payload]);
}

/** Why a terminal refused a bundle; reported to the platform and shown to technicians. */
export const refusalReasons = ['malformed', 'too_large', 'untrusted_key', 'threshold', 'rollback', 'expired', 'payload_length', 'payload_hash', 'schema'] as const;
export type RefusalReason = (typeof refusalReasons)[number];

/** What a terminal tells the platform after looking at a bundle: what it runs, and what it refused. */
export const catalogReportSchema = z
  .object({
    installedVersion: wireCount,
    refused: z.object({ version: wireCount, reason: z.enum(refusalReasons), detail: wireText.max(300) }).strict().optional(),
  })
  .strict();
export type CatalogReport = z.infer<typeof catalogReportSchema>;

/** The query a terminal sends: the version it runs, so the platform can answer 304. */
export const catalogQueryParam = 'installed';

/** `GET /v1/catalog?installed=N`; no version is 0, a terminal that runs none. */
export const catalogQuerySchema = z.object({ [catalogQueryParam]: decimalParam(0, int4Max).default(0) });
