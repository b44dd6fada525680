import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreConfigInput, IdcardTarget, PrinterTarget } from '../../electron/core/config/core-config.js';
import { readPublicKey, spkiBase64 } from '../../electron/core/catalog/bundle/keys.js';
import { enroll as enrollTerminal } from '../../electron/core/open-kiosk.js';
import { loadOrCreateKeyFile } from '../../electron/core/store/key-file.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { Vault } from '../../electron/core/store/vault.js';
import { hostPort, integer, paper, parse, required } from '../args.js';
import { dataDir } from '../data-dir.js';
import { UsageError } from '../fail.js';

export const usage =
  'tongban enroll --platform URL --token TOKEN --idcard-port PATH (--printer-port PATH | --printer-tcp HOST:PORT) [--paper 58|80] [--baud N] [--data DIR] [--app-code-trust PROVINCE.pub ...]';

function printerTarget(values: { 'printer-port'?: string; 'printer-tcp'?: string; paper?: string; baud?: string }): PrinterTarget {
  const size = paper(values.paper);
  if (values['printer-port']) return { kind: 'serial', path: values['printer-port'], baudRate: integer(values.baud, '--baud', 115200), paper: size, font: 'gbk' };
  if (values['printer-tcp']) return { kind: 'tcp', ...hostPort(values['printer-tcp'], '--printer-tcp'), paper: size, font: 'gbk' };
  throw new UsageError(`a printer is required: --printer-port or --printer-tcp\nusage: ${usage}`);
}

/** Provisions this terminal: binds its own key pair at the platform and writes config.json. */
export async function enroll(argv: string[]): Promise<void> {
  const { values } = parse(
    argv,
    {
      platform: { type: 'string' },
      token: { type: 'string' },
      'idcard-port': { type: 'string' },
      'printer-port': { type: 'string' },
      'printer-tcp': { type: 'string' },
      paper: { type: 'string' },
      baud: { type: 'string' },
      data: { type: 'string' },
      'app-code-trust': { type: 'string', multiple: true },
    },
    usage,
  );
  const dir = dataDir(values.data);
  if (existsSync(join(dir, 'config.json'))) throw new UsageError(`${dir} already holds an enrolled terminal; remove config.json there to enroll again`);
  const idcard: IdcardTarget = { kind: 'serial', path: required(values['idcard-port'], '--idcard-port', usage), baudRate: integer(values.baud, '--baud', 115200) };
  const printer = printerTarget(values);
  // The province identity service's keys for 鄂汇办 codes; none: the terminal takes no code.
  const appCode = { trust: (values['app-code-trust'] ?? []).map((file) => spkiBase64(readPublicKey(file))) };
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const keyPath = join(dir, 'store.key');
  const db = openStore(join(dir, 'kiosk.sqlite'));
  try {
    const identity = await enrollTerminal(db, new Vault(loadOrCreateKeyFile(keyPath)), required(values.platform, '--platform', usage), required(values.token, '--token', usage));
    const config: CoreConfigInput = { dataDir: dir, key: { kind: 'file', path: keyPath }, devices: { idcard, printer }, appCode };
    writeFileSync(join(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
    process.stdout.write(`${JSON.stringify({ terminalCode: identity.terminalCode, terminalName: identity.terminalName, hallName: identity.hallName, regionCode: identity.regionCode })}\n`);
  } finally {
    db.close();
  }
}
