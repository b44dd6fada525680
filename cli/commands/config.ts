import { coreConfigSchema } from '../../electron/core/config/core-config.js';
import { ConfigRefusal, shownConfig, shownKey, withKeySet, type JsonObject } from '../../electron/core/config/config-keys.js';
import { readWrittenConfig, writeEnrolledConfig } from '../../electron/core/config/enrolled-config.js';
import { parse } from '../args.js';
import { usageOf, type Command } from '../command.js';
import { dataDir } from '../data-dir.js';
import { UsageError } from '../fail.js';

const usages = {
  get: 'tongban config get [KEY] [--data DIR]',
  set: 'tongban config set KEY VALUE [--data DIR]',
};

function enrolledConfig(dir: string): JsonObject {
  const config = readWrittenConfig(dir);
  if (!config) throw new UsageError(`${dir} 中没有已注册的终端 / ${dir} holds no enrolled terminal (no config.json): tongban enroll first, or pass --data`);
  return config;
}

/** The whole configuration, or one key's value, as JSON; secrets only as "(set)". */
function get(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { data: { type: 'string' } }, usages.get);
  if (positionals.length > 1) throw new UsageError(`one KEY at most\nusage: ${usages.get}`);
  const config = enrolledConfig(dataDir(values.data));
  const [key] = positionals;
  const shown = key === undefined ? shownConfig(config) : shownKey(config, key);
  if (shown === undefined) throw new UsageError(`配置中没有 ${key} / the configuration has no ${key}`);
  process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  return Promise.resolve();
}

/**
 * One key changed, checked twice: the key's own rule (the words a technician reads), then the
 * whole configuration as the kiosk will read it at its next start. Written whole or not at all.
 */
function set(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { data: { type: 'string' } }, usages.set);
  const [key, text, ...more] = positionals;
  if (key === undefined || text === undefined || more.length > 0) throw new UsageError(`KEY and VALUE are required\nusage: ${usages.set}`);
  const dir = dataDir(values.data);
  let next: JsonObject;
  try {
    next = withKeySet(enrolledConfig(dir), key, text);
  } catch (error) {
    if (error instanceof ConfigRefusal) throw new UsageError(error.message);
    throw error;
  }
  const whole = coreConfigSchema.safeParse(next);
  if (!whole.success) throw new UsageError(`配置不能这样改 / the configuration would not be valid: ${whole.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  writeEnrolledConfig(dir, next);
  process.stdout.write(`${JSON.stringify(shownKey(next, key))}\n`);
  process.stderr.write('已保存，重启终端后生效 / saved: restart the kiosk for it to take effect\n');
  return Promise.resolve();
}

const subcommands: Readonly<Record<string, Command>> = {
  get: { usage: usages.get, run: get },
  set: { usage: usages.set, run: set },
};

export const config: Command = { usage: usageOf(subcommands), summary: "the terminal's configuration: get (secrets hidden) | set (validated)", subcommands };
