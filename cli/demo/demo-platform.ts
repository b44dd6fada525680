import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readPrivateKey } from '../../electron/core/catalog/bundle/keys.js';
import { signBundle } from '../../platform/protocol/bundle-sign.js';
import { catalogPublishReplySchema, type CatalogPublishReply } from '../../platform/protocol/catalog-rollout.js';
import { makePrivateDir } from '../../private-files/private-files.js';
import { seedCertificates } from '../../platform/certificates/store.js';
import { simulatedDocuments } from '../../platform/documents/simulator.js';
import { consoleDir } from '../paths.js';
import { demoCertificates } from './demo-certificates.js';
import { demoKeyPair } from './demo-key.js';
import { demoHall } from './demo-hall.js';
import { saveHall } from '../../platform/appointments/hall-store.js';
import { SimulatedNonTaxSystem } from '../../platform/payments/non-tax.js';
import { PaymentSimulator } from '../../platform/payments/simulator.js';
import { LogSmsProvider } from '../../platform/sms/provider.js';
import type { FleetConfig } from '../../platform/fleet/heartbeats.js';
import { createEnrollmentToken, openPglite, startPlatform, type Database, type RunningPlatform } from '../../platform/main.js';

const portSchema = z.coerce.number().int().min(1).max(65535);

/** The demo hall's region: its terminal enrolls there, and the catalogs the demo signs cover it. */
const demoRegion = '420100';

/** The port the platform had last time, or 0 (any) for a new folder or a file that says nothing sensible. */
function rememberedPort(file: string): number {
  if (!existsSync(file)) return 0;
  const parsed = portSchema.safeParse(readFileSync(file, 'utf8').trim());
  return parsed.success ? parsed.data : 0;
}

function addressInUse(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
}

/**
 * The embedded platform of the demo: PGlite in the data folder, on a loopback port. The port is
 * kept in the folder: the demo terminal enrolled with the platform's URL and keeps it, so a new
 * port at each launch would cut it off for good. It can be stopped and started again on the same
 * port, to show (and test) a terminal riding out an outage.
 */
export class DemoPlatform {
  private running: RunningPlatform | undefined;
  private port: number;
  /** Only a new launch may move to another port; a restart within one must keep the kiosk's URL. */
  private mayMove = true;
  // Hex: a base64url token may begin with '-', which `--admin-token` would take for an option.
  readonly adminToken = randomBytes(24).toString('hex');
  /**
   * 缴费's gateway: a stand-in citizen pays each order 8 s after its QR code is shown, so the demo
   * shows a payment end to end; tests set its mode and pay at once (payByPhone).
   */
  readonly payments = new PaymentSimulator({ autoPayMs: 8000 });

  private constructor(
    readonly db: Database,
    private readonly portFile: string,
    private readonly log: (line: string) => void,
    private readonly fleet: FleetConfig | undefined,
    /** The demo's catalog-signing key, made in the data folder: its terminal is enrolled trusting it. */
    private readonly catalogKey: { key: string; trust: string },
    /** 短信通知's gateway: each message a line of sms-sent.jsonl in the demo folder, the phone's stand-in. */
    readonly sms: LogSmsProvider,
  ) {
    this.port = rememberedPort(portFile);
  }

  static async open(dir: string, log: (line: string) => void, fleet?: FleetConfig): Promise<DemoPlatform> {
    makePrivateDir(dir);
    const db = await openPglite(join(dir, 'platform-db'));
    // Upserted at every start, so a demo folder from an older version gains them too.
    await seedCertificates(db, demoCertificates);
    await db.transaction((tx) => saveHall(tx, demoHall));
    return new DemoPlatform(db, join(dir, 'platform-port'), log, fleet, demoKeyPair(join(dir, 'catalog-key')), new LogSmsProvider(join(dir, 'sms-sent.jsonl')));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = await this.listen();
    this.mayMove = false;
    this.port = Number(new URL(this.running.url).port);
    this.payments.notifyTo(`${this.url}/v1/payments/notify`);
    writeFileSync(this.portFile, `${this.port}\n`);
  }

  /** On the remembered port; if something else took it, on another, which the kiosk is then told. */
  private async listen(): Promise<RunningPlatform> {
    // The fleet console too, at /console/, for whoever wants to see the demo's fleet of one; the
    // departments' systems that issue 证明 on the spot, the payment provider and the 非税 system,
    // simulated; and the hall's windows calling a number a minute, so a ticket's people ahead goes down.
    // Its kiosk runs the built-in demo catalog, which this platform never published: the fees of its
    // cases are taken as the kiosk uploaded them (a platform in service refuses those).
    const payments = { provider: this.payments, nonTax: new SimulatedNonTaxSystem(), unpublishedCatalogFees: 'trust-case' as const };
    const catalogTrust = { keys: [this.catalogKey.trust], threshold: 1 };
    const options = { db: this.db, adminToken: this.adminToken, consoleDir: consoleDir(), documents: simulatedDocuments, queueCallSeconds: 60, payments, catalogTrust, sms: this.sms, ...(this.fleet && { fleet: this.fleet }) };
    try {
      return await startPlatform({ ...options, port: this.port });
    } catch (error) {
      if (!this.mayMove || this.port === 0 || !addressInUse(error)) throw error;
      this.log(`demo platform: port ${this.port} is taken; moving to another and telling the kiosk`);
      return startPlatform({ ...options, port: 0 });
    }
  }

  async stop(): Promise<void> {
    await this.running?.close();
    this.running = undefined;
  }

  enrollmentToken(): Promise<string> {
    return createEnrollmentToken(this.db, { hallName: '武汉市民之家', terminalName: '一楼大厅 1 号自助终端', regionCode: demoRegion }).then((r) => r.token);
  }

  /**
   * A catalog update as an administrator publishes one: `document` signed with the demo's catalog
   * key as `version` (valid for a year) and offered to every terminal, which hears of it in its
   * next heartbeat reply. The platform must be running.
   */
  async publishCatalog(document: unknown, version: number): Promise<CatalogPublishReply> {
    const bundle = signBundle(Buffer.from(JSON.stringify(document)), [readPrivateKey(this.catalogKey.key)], { version, expires: new Date(Date.now() + 365 * 86_400_000), scope: demoRegion });
    const response = await fetch(`${this.url}/v1/admin/catalog?stage=all`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.adminToken}`, 'content-type': 'application/octet-stream' },
      body: bundle,
    });
    const json: unknown = await response.json();
    if (!response.ok) throw new Error(`the demo platform refused catalog version ${version} (${response.status}): ${JSON.stringify(json)}`);
    return catalogPublishReplySchema.parse(json);
  }

  async close(): Promise<void> {
    await this.stop();
    await this.db.close();
  }
}
