import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { loadOrCreateKeyFile } from '../../electron/core/store/key-file.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { Vault } from '../../electron/core/store/vault.js';
import { saveTerminalIdentity } from '../../electron/core/uplink/terminal-identity.js';

/**
 * A terminal enrolled earlier, its store in `dir` (key in `dir/store.key`), whose platform is
 * unreachable and which holds no catalog bundle.
 */
export function offlineEnrolledStore(dir: string): void {
  const db = openStore(join(dir, 'kiosk.sqlite'));
  const reply = { terminalId: 't-1', terminalCode: 'WH0001', terminalName: '1 号终端', hallName: '测试大厅', regionCode: '420100', platformUrl: '', platformTime: '' };
  saveTerminalIdentity(db, new Vault(loadOrCreateKeyFile(join(dir, 'store.key'))), reply, 'http://127.0.0.1:9', generateKeyPairSync('ed25519').privateKey);
  db.close();
}
