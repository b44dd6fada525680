import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { makePrivateDir } from '../../private-files/private-files.js';
import { seedCertificates } from '../../platform/certificates/store.js';
import { demoCertificates } from './demo-certificates.js';
import { createEnrollmentToken, openPglite, startPlatform, type Database, type RunningPlatform } from '../../platform/main.js';

/**
 * The embedded platform of the demo: PGlite in the data folder, on a loopback port. It can be
 * stopped and started again on the same port, to show (and test) a terminal riding out an outage.
 */
export class DemoPlatform {
  private running: RunningPlatform | undefined;
  private port = 0;
  // Hex: a base64url token may begin with '-', which `--admin-token` would take for an option.
  readonly adminToken = randomBytes(24).toString('hex');

  private constructor(readonly db: Database) {}

  static async open(dir: string): Promise<DemoPlatform> {
    makePrivateDir(dir);
    const db = await openPglite(join(dir, 'platform-db'));
    // Upserted at every start, so a demo folder from an older version gains them too.
    await seedCertificates(db, demoCertificates);
    return new DemoPlatform(db);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = await startPlatform({ db: this.db, port: this.port, adminToken: this.adminToken });
    this.port = Number(new URL(this.running.url).port);
  }

  async stop(): Promise<void> {
    await this.running?.close();
    this.running = undefined;
  }

  enrollmentToken(): Promise<string> {
    return createEnrollmentToken(this.db, { hallName: '武汉市民之家', terminalName: '一楼大厅 1 号自助终端', regionCode: '420100' }).then((r) => r.token);
  }

  async close(): Promise<void> {
    await this.stop();
    await this.db.close();
  }
}
