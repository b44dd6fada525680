import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
