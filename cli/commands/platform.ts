import { randomBytes, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { simulatedDocuments } from '../../platform/documents/simulator.js';
import { startPlatform } from '../../platform/main.js';
import { SimulatedNonTaxSystem } from '../../platform/payments/non-tax.js';
import { PaymentSimulator } from '../../platform/payments/simulator.js';
import { turnConfigSchema, type TurnConfig } from '../../platform/remote-calls/turn.js';
import { readPublicKey, spkiBase64 } from '../../electron/core/catalog/bundle/keys.js';
import type { CatalogTrust } from '../../platform/protocol/index.js';
import { integer, parse, tcpPort, platformAddress } from '../args.js';
import { consoleDir } from '../paths.js';
import { UsageError } from '../fail.js';
import { openPlatformDatabase } from './platform-db.js';

export const usage =
  'tongban platform [--port N] [--host ADDR] [--data DIR] [--db URL] [--tls-cert FILE.pem --tls-key FILE.pem] [--catalog-trust FILE.pub ...] [--catalog-threshold K] [--province CODE] [--updates DIR] [--public-url URL] [--payments simulator|off] [--documents simulator|off] [--turn turn:HOST:PORT ... [--turn-ttl SECONDS]]   (admin token: $TONGBAN_ADMIN_TOKEN, an admin of the province, 420000 by default; TURN secret: $TONGBAN_TURN_SECRET, coturn\'s static-auth-secret)';

/**
 * The catalog keys terminals will trust, handed to each at enrollment. The threshold defaults to
 * all of them; no keys (the default) means terminals accept no bundle.
 */
function catalogTrust(files: string[] | undefined, threshold: string | undefined): CatalogTrust {
  const keys = (files ?? []).map((file) => spkiBase64(readPublicKey(file)));
  const k = integer(threshold, '--catalog-threshold', keys.length);
  if (k > keys.length) throw new UsageError(`--catalog-threshold ${k} is more than the ${keys.length} --catalog-trust keys given\nusage: ${usage}`);
  if (keys.length > 0 && k === 0) throw new UsageError(`--catalog-threshold must be at least 1 when keys are given\nusage: ${usage}`);
  return { keys, threshold: k };
}

function readPem(file: string, flag: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${flag} ${file} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/**
 * The outside systems a platform talks to, each `off` by default: `simulator` puts the demo's
 * stand-in behind the same interface (a gateway whose simulated citizen pays 8 s after the QR code
 * is shown, with the demo's 非税 notices; the departments' 证明), so a real platform can be tried
 * end to end before its adapters exist.
 */
const outsideSystemsSchema = z.object({
  payments: z.enum(['simulator', 'off']).default('off'),
  documents: z.enum(['simulator', 'off']).default('off'),
});

function outsideSystems(values: { payments?: string | undefined; documents?: string | undefined }): z.infer<typeof outsideSystemsSchema> {
  const parsed = outsideSystemsSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  const flag = parsed.error.issues[0]?.path[0] ?? 'payments';
  throw new UsageError(`--${String(flag)} must be simulator or off\nusage: ${usage}`);
}

/**
 * 远程帮办's TURN servers: the URLs on the command line, the shared secret from the environment
 * (a command line is visible to every user of the host). None: calls get no relay.
 */
function turnOptions(urls: string[] | undefined, ttl: string | undefined): TurnConfig | undefined {
  if (urls === undefined) return undefined;
  const parsed = turnConfigSchema.safeParse({ urls, secret: process.env.TONGBAN_TURN_SECRET ?? '', ...(ttl !== undefined && { ttlSeconds: integer(ttl, '--turn-ttl', 0) }) });
  if (!parsed.success) throw new UsageError(`--turn: ${z.prettifyError(parsed.error)}\nusage: ${usage}`);
  return parsed.data;
}

/** HTTPS with both, plain HTTP (for loopback) with neither; one alone is a mistake. */
function tlsFiles(cert: string | undefined, key: string | undefined): { cert: string; key: string } | undefined {
  if (cert === undefined && key === undefined) return undefined;
  if (cert === undefined || key === undefined) throw new UsageError(`--tls-cert and --tls-key go together\nusage: ${usage}`);
  return { cert: readPem(cert, '--tls-cert'), key: readPem(key, '--tls-key') };
}

/** The terminal management platform on its own, PGlite in the data folder by default. */
export async function platform(argv: string[]): Promise<void> {
  const { values } = parse(
    argv,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      db: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'catalog-trust': { type: 'string', multiple: true },
      'catalog-threshold': { type: 'string' },
      province: { type: 'string' },
      updates: { type: 'string' },
      'public-url': { type: 'string' },
      payments: { type: 'string' },
      documents: { type: 'string' },
      turn: { type: 'string', multiple: true },
      'turn-ttl': { type: 'string' },
    },
    usage,
  );
  const systems = outsideSystems(values);
  const payments = systems.payments === 'simulator' ? new PaymentSimulator({ autoPayMs: 8000 }) : undefined;
  const trust = catalogTrust(values['catalog-trust'], values['catalog-threshold']);
  const port = tcpPort(values.port, '--port', 0, 0);
  const tls = tlsFiles(values['tls-cert'], values['tls-key']);
  const turn = turnOptions(values.turn, values['turn-ttl']);
  const db = await openPlatformDatabase(values.db, values.data);
  const adminToken = process.env.TONGBAN_ADMIN_TOKEN ?? randomBytes(24).toString('hex');
  if (!process.env.TONGBAN_ADMIN_TOKEN) process.stderr.write(`admin token for this run: ${adminToken} (set TONGBAN_ADMIN_TOKEN to choose one)\n`);
  const running = await startPlatform({
    db,
    port,
    host: values.host ?? '127.0.0.1',
    adminToken,
    ...(values.province !== undefined && { province: values.province }),
    catalogTrust: trust,
    consoleDir: consoleDir(),
    ...(tls && { tls }),
    ...(values.updates !== undefined && { updatesDir: values.updates }),
    ...(values['public-url'] !== undefined && { publicUrl: platformAddress(values['public-url'], '--public-url', usage) }),
    ...(payments && { payments: { provider: payments, nonTax: new SimulatedNonTaxSystem() } }),
    ...(systems.documents === 'simulator' && { documents: simulatedDocuments }),
    ...(turn && { turn }),
  });
  payments?.notifyTo(`${running.url}/v1/payments/notify`);
  // What a technician checks the certificate by when enrolling without its file (--platform-sha256).
  if (tls) process.stderr.write(`TLS certificate SHA-256: ${new X509Certificate(tls.cert).fingerprint256}\n`);
  process.stdout.write(`${running.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void running.close().then(() => db.close()).then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
