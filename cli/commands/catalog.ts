import { readFileSync, writeFileSync } from 'node:fs';
import { readDocument } from '../../electron/core/catalog/bundle/read-document.js';
import { InstalledCatalogs } from '../../electron/core/catalog/bundle/installed-catalogs.js';
import { readPrivateKey, readPublicKey, writeKeyPair } from '../../electron/core/catalog/bundle/keys.js';
import { signBundle } from '../../platform/protocol/bundle-sign.js';
import { BundleRefusedError, defaultMaxBundleBytes, verifyBundle } from '../../platform/protocol/bundle-verify.js';
import { demoCatalog } from '../../electron/core/catalog/demo/demo-catalog.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { platformFetch, type PlatformFetch } from '../../electron/core/uplink/platform-fetch.js';
import type { PlatformLink } from '../../electron/core/uplink/platform-link.js';
import { catalogPublishReplySchema } from '../../platform/protocol/catalog-rollout.js';
import { integer, parse, required } from '../args.js';
import { usageOf, type Command } from '../command.js';
import { dataDir, storeOpenElsewhere, terminalStore } from '../data-dir.js';
import { UsageError } from '../fail.js';
import { platformPin } from '../platform-pin.js';

const usages = {
  demo: 'tongban catalog demo',
  keygen: 'tongban catalog keygen --out DIR',
  sign: 'tongban catalog sign --key FILE [--key FILE...] --in CATALOG.json --version N --expires ISO8601 [--scope CODE] --out BUNDLE',
  verify: 'tongban catalog verify --trust PUB [--trust PUB...] [--threshold K] [--installed-version N] --in BUNDLE',
  publish: 'tongban catalog publish --platform URL [--ca FILE.pem | --platform-sha256 FINGERPRINT] [--allow-plain-http] --admin-token T --in BUNDLE [--stage canary --terminals ID|CODE,... | --stage region --region CODE | --stage all]',
  rollback: 'tongban catalog rollback [--data DIR]',
};

function demo(argv: string[]): Promise<void> {
  parse(argv, {}, usages.demo);
  process.stdout.write(`${JSON.stringify(demoCatalog, null, 2)}\n`);
  return Promise.resolve();
}

function keygen(argv: string[]): Promise<void> {
  const usage = usages.keygen;
  const { values } = parse(argv, { out: { type: 'string' } }, usage);
  process.stdout.write(`${JSON.stringify(writeKeyPair(required(values.out, '--out', usage)))}\n`);
  return Promise.resolve();
}

function expiry(value: string): Date {
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(at.getTime())) throw new UsageError(`--expires must be an ISO 8601 time, got "${value}"`);
  return at;
}

async function signCommand(argv: string[]): Promise<void> {
  const usage = usages.sign;
  const { values } = parse(argv, { key: { type: 'string', multiple: true }, in: { type: 'string' }, version: { type: 'string' }, expires: { type: 'string' }, scope: { type: 'string' }, out: { type: 'string' } }, usage);
  const keys = (values.key ?? []).map(readPrivateKey);
  if (keys.length === 0) throw new UsageError(`--key is required\nusage: ${usage}`);
  const payload = readFileSync(required(values.in, '--in', usage));
  const version = integer(required(values.version, '--version', usage), '--version', 0, { min: 1 });
  const document = await readDocument(payload, version); // sign nothing a terminal would refuse
  const bundle = signBundle(payload, keys, { version, expires: expiry(required(values.expires, '--expires', usage)), scope: values.scope ?? '420000' });
  writeFileSync(required(values.out, '--out', usage), bundle);
  process.stdout.write(`${JSON.stringify({ version, items: document.items.length, signatures: keys.length, bytes: bundle.length })}\n`);
}

async function verifyCommand(argv: string[]): Promise<void> {
  const usage = usages.verify;
  const { values } = parse(argv, { trust: { type: 'string', multiple: true }, threshold: { type: 'string' }, 'installed-version': { type: 'string' }, in: { type: 'string' } }, usage);
  const keys = (values.trust ?? []).map(readPublicKey);
  if (keys.length === 0) throw new UsageError(`--trust is required\nusage: ${usage}`);
  const threshold = integer(values.threshold, '--threshold', 1, { min: 1, max: keys.length });
  const bytes = readFileSync(required(values.in, '--in', usage));
  try {
    const split = verifyBundle(bytes, { keys, threshold, installedVersion: integer(values['installed-version'], '--installed-version', 0), maxBytes: defaultMaxBundleBytes, now: new Date() });
    const doc = await readDocument(split.payload, split.manifest.version);
    const m = split.manifest;
    process.stdout.write(`ok: version ${m.version}, scope ${m.scope}, ${doc.items.length} items, ${doc.lifeEvents.length} 一件事, ${doc.benefits.length} 免申即享, ${threshold} of ${keys.length} trusted keys, expires ${m.expires}\n`);
  } catch (error) {
    if (error instanceof BundleRefusedError) throw new Error(`refused (${error.message})`);
    throw error;
  }
}

const publishFlags = {
  platform: { type: 'string' },
  'admin-token': { type: 'string' },
  in: { type: 'string' },
  ca: { type: 'string' },
  'platform-sha256': { type: 'string' },
  'allow-plain-http': { type: 'boolean' },
  stage: { type: 'string' },
  terminals: { type: 'string' },
  region: { type: 'string' },
} as const;

/** The rollout stage the version starts at, as the publish query carries it; none: held, offered to no terminal. */
function stageQuery(values: { stage?: string | undefined; terminals?: string | undefined; region?: string | undefined }): string {
  const query = new URLSearchParams();
  if (values.stage !== undefined) query.set('stage', values.stage);
  if (values.terminals !== undefined) query.set('terminals', values.terminals);
  if (values.region !== undefined) query.set('regionCode', values.region);
  return query.size > 0 ? `?${query.toString()}` : '';
}

/** Over the same pinned TLS as a terminal's (--ca or --platform-sha256), since the admin token travels with it. */
async function publish(argv: string[]): Promise<void> {
  const usage = usages.publish;
  const { values } = parse(argv, publishFlags, usage);
  const url = required(values.platform, '--platform', usage);
  const link: PlatformLink = { url, ca: await platformPin(url, values.ca, values['platform-sha256'], usage), allowPlainHttp: values['allow-plain-http'] };
  let send: PlatformFetch;
  try {
    send = platformFetch(link);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const bytes = readFileSync(required(values.in, '--in', usage));
  const response = await send(`/v1/admin/catalog${stageQuery(values)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${required(values['admin-token'], '--admin-token', usage)}`, 'content-type': 'application/octet-stream' },
    body: bytes,
    signal: AbortSignal.timeout(120_000),
  });
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(`platform refused the bundle (${response.status}): ${JSON.stringify(json)}`);
  process.stdout.write(`${JSON.stringify(catalogPublishReplySchema.parse(json))}\n`);
}

/**
 * Makes the previous catalog current again. A running kiosk keeps the catalog it loaded at start,
 * so when one has the store open the technician is told to restart it; nothing else would show it.
 */
function rollback(argv: string[]): Promise<void> {
  const { values } = parse(argv, { data: { type: 'string' } }, usages.rollback);
  const path = terminalStore(dataDir(values.data));
  const db = openStore(path);
  let done: { from: number; to: number } | undefined;
  try {
    done = new InstalledCatalogs(db).rollBack();
  } finally {
    db.close();
  }
  if (!done) throw new Error('no previous catalog to roll back to / 没有可回退的上一版事项清单');
  const restartNeeded = storeOpenElsewhere(path);
  process.stdout.write(`${JSON.stringify({ ...done, restartNeeded })}\n`);
  if (restartNeeded) process.stderr.write('the kiosk is running: restart it for the rollback to take effect / 终端正在运行，重启后回退生效\n');
  return Promise.resolve();
}

const subcommands = {
  demo: { usage: usages.demo, run: demo },
  keygen: { usage: usages.keygen, run: keygen },
  sign: { usage: usages.sign, run: signCommand },
  verify: { usage: usages.verify, run: verifyCommand },
  publish: { usage: usages.publish, run: publish },
  rollback: { usage: usages.rollback, run: rollback },
} satisfies Record<string, Command>;

/** Item-catalog bundles: the admin's signing tools and the technician's rollback. */
export const catalog: Command = { usage: usageOf(subcommands), summary: 'item-catalog bundles: demo | keygen | sign | verify | publish | rollback', subcommands };
