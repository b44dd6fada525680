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
