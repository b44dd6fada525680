import { existsSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { coreConfigSchema, type CoreConfig } from '../../electron/core/config/core-config.js';
import { check, type Check } from '../../electron/core/diagnostics/check.js';
import { Diagnostics } from '../../electron/core/diagnostics/diagnostics.js';
import { enrolledPlatformUrl } from '../../electron/core/uplink/terminal-identity.js';
import { parse } from '../args.js';
import type { Command } from '../command.js';
import { dataDir } from '../data-dir.js';
import { readWrittenConfig } from '../../electron/core/config/enrolled-config.js';

const usage = 'tongban doctor [--data DIR]';

/** The configuration as the kiosk would read it, or the check that says why it cannot. */
function configuration(dir: string): { config: CoreConfig | undefined; verdict: Check } {
  let written;
  try {
    written = readWrittenConfig(dir);
  } catch (error) {
    return { config: undefined, verdict: check('config', false, '配置文件已损坏：请重新注册', 'The configuration file is damaged: enroll again', { error: error instanceof Error ? error.message : String(error) }) };
  }
  if (!written) return { config: undefined, verdict: check('config', false, `${dir} 中没有已注册的终端：请用 tongban enroll 注册`, `${dir} holds no enrolled terminal: run tongban enroll`, { enrolled: false }) };
  const parsed = coreConfigSchema.safeParse(written);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { config: undefined, verdict: check('config', false, `配置有误：${problems}`, `The configuration is not valid: ${problems}`, { enrolled: true }) };
  }
  return { config: parsed.data, verdict: check('config', true, '终端已注册，配置有效', 'The terminal is enrolled and its configuration is valid', { enrolled: true }) };
}

/**
 * Every check technician mode runs, from a shell: JSON on stdout, exit 1 when any fails. The store
 * is opened read-only, so this is safe beside a running kiosk, and a folder with no terminal is
 * a verdict, not an error.
 */
async function doctor(argv: string[]): Promise<void> {
  const { values } = parse(argv, { data: { type: 'string' } }, usage);
  const dir = dataDir(values.data);
  const { config, verdict } = configuration(dir);
  const storePath = join(dir, 'kiosk.sqlite');
  const db = config && existsSync(storePath) ? new BetterSqlite3(storePath, { readonly: true, fileMustExist: true }) : undefined;
  try {
    const platformUrl = db ? enrolledPlatformUrl(db) : undefined;
    const diagnostics = new Diagnostics({
      dataDir: dir,
      demo: config?.demo ?? false,
      db,
      link: platformUrl && config ? { url: platformUrl, ...config.platform } : undefined,
      devices: config?.devices,
      clockSkewMs: () => undefined,
    });
    const checks = [verdict, ...(await diagnostics.all())];
    const ok = checks.every((c) => c.ok);
    process.stdout.write(`${JSON.stringify({ ok, checks }, null, 2)}\n`);
    if (!ok) process.exitCode = 1;
  } finally {
    db?.close();
  }
}

export const doctorCommand: Command = { usage, summary: 'every check technician mode runs, as JSON', run: doctor };
