// A kiosk core enrolled at a test platform with a one-time token and running in this process, as
// it runs on a terminal: heartbeats, commands, remote config. Its log lines are kept for asserts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KioskStatus } from '../../electron/api/values.js';
import { coreConfigSchema } from '../../electron/core/config/core-config.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { RotatingLog } from '../../electron/core/log/rotating-log.js';
import { openKiosk, type RunningKiosk } from '../../electron/core/open-kiosk.js';
import { loadOrCreateKeyFile } from '../../electron/core/store/key-file.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { Vault } from '../../electron/core/store/vault.js';
import { saveTerminalIdentity } from '../../electron/core/uplink/terminal-identity.js';
import { createEnrollmentToken } from '../../platform/enrollment/tokens.js';
import { enrollReplySchema, type EnrollmentTokenRequest } from '../../platform/protocol/index.js';
import { newKeyPair, postJson, type TestPlatform } from '../integration/platform/harness.js';

export interface LiveKiosk {
  terminalId: string;
  terminalCode: string;
  /** The terminal's data folder (kiosk.sqlite, store.key, logs). */
  dataDir: string;
  kiosk: RunningKiosk;
  /** Everything the core logged, as the core process logs it (also to DATA/logs, where diagnostics read). */
  lines: string[];
  log(line: string): void;
  status(): Promise<KioskStatus>;
  close(): Promise<void>;
}

/**
 * Enrolled, then started. `demo`: the demo catalog puts it in service (a citizen can call for help)
 * while its platform is the real one.
 */
export async function startLiveKiosk(platform: TestPlatform, where: EnrollmentTokenRequest, options: { demo?: boolean } = {}): Promise<LiveKiosk> {
  const { token } = await createEnrollmentToken(platform.db, where);
  const { publicKey, privateKey } = newKeyPair();
  const reply = enrollReplySchema.parse(await (await postJson(`${platform.url}/v1/enroll`, { token, publicKey })).json());
  const dir = mkdtempSync(join(tmpdir(), 'tongban-live-'));
  const store = openStore(join(dir, 'kiosk.sqlite'));
  saveTerminalIdentity(store, new Vault(loadOrCreateKeyFile(join(dir, 'store.key'))), reply, platform.url, privateKey);
  store.close();
  const config = coreConfigSchema.parse({
    demo: options.demo ?? false,
    dataDir: dir,
    key: { kind: 'file', path: join(dir, 'store.key') },
    devices: { idcard: { kind: 'simulated' }, printer: { kind: 'simulated', paper: 80 } },
  });
  const lines: string[] = [];
  const file = new RotatingLog(dir);
  const log = (line: string) => {
    lines.push(line);
    file.write(line);
  };
  const kiosk = await openKiosk(config, log);
  return {
    terminalId: reply.terminalId,
    terminalCode: reply.terminalCode,
    dataDir: dir,
    kiosk,
    lines,
    log,
    status: async () => {
      const answer = await dispatch(kiosk.handlers, 'kiosk.status', {}, () => undefined);
      if (!answer.ok) throw new Error('kiosk.status failed');
      return answer.value as KioskStatus;
    },
    close: () => kiosk.close(),
  };
}
