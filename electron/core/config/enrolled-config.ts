import { closeSync, existsSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { privateFileMode } from '../../../private-files/private-files.js';
import type { JsonObject } from './config-keys.js';
import { coreConfigSchema, type CoreConfigInput } from './core-config.js';

/** An enrolled terminal's folder holds config.json; a folder without one runs the demo. */
export function enrolledConfigFile(dir: string): string {
  return join(dir, 'config.json');
}

export function isEnrolledFolder(dir: string): boolean {
  return existsSync(enrolledConfigFile(dir));
}

/** The configuration enrollment wrote, validated as it is read back. */
export function readEnrolledConfig(dir: string): CoreConfigInput {
  return coreConfigSchema.parse(JSON.parse(readFileSync(enrolledConfigFile(dir), 'utf8')));
}

/**
 * What a core starts as, read at each (re)start by both hosts' supervisors: an enrolled terminal's
 * config.json as it is now (a technician may have moved a device), the terminal technician mode
 * enrolled into `launched.enrollInto` once there is one, else the demo that was launched.
 */
export function configForStart(launched: CoreConfigInput): CoreConfigInput {
  const dir = launched.enrollInto ?? launched.dataDir;
  return isEnrolledFolder(dir) ? readEnrolledConfig(dir) : launched;
}

/** The configuration as written (defaults not filled in), or undefined where no terminal was enrolled. */
export function readWrittenConfig(dir: string): JsonObject | undefined {
  const file = enrolledConfigFile(dir);
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${file} is not a JSON object / 配置文件已损坏`);
  return parsed as JsonObject;
}

/**
 * config.json written whole or not at all (`tongban config set`, technician mode's devices, an
 * enrollment): a power cut or a kill mid-write leaves the old file or none, never half of the new
 * one, which the kiosk could not start with. 'new': only where there is none yet (an enrollment).
 */
export function writeEnrolledConfig(dir: string, config: JsonObject | CoreConfigInput, mode: 'replace' | 'new' = 'replace'): void {
  const file = enrolledConfigFile(dir);
  const written = `${file}.new`;
  const fd = openSync(written, 'w', privateFileMode);
  try {
    writeSync(fd, `${JSON.stringify(config, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (mode === 'replace') return renameSync(written, file);
  try {
    linkSync(written, file);
  } finally {
    rmSync(written, { force: true });
  }
}
