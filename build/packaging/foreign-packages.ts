import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The machine a package is built for, in Node's words (process.platform, process.arch). */
export interface Machine {
  platform: string;
  cpu: string;
}

const manifestSchema = z.object({ name: z.string(), os: z.array(z.string()).optional(), cpu: z.array(z.string()).optional() });

/** npm's rule for `os` and `cpu`: no list allows all; `!x` refuses x; otherwise the list must name it. */
function allows(list: string[] | undefined, value: string): boolean {
  if (list === undefined || list.length === 0) return true;
  if (list.includes(`!${value}`)) return false;
  const named = list.filter((entry) => !entry.startsWith('!'));
  return named.length === 0 || named.includes(value);
}

function packageDirs(nodeModules: string): string[] {
  if (!existsSync(nodeModules)) return [];
  return readdirSync(nodeModules, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const dir = join(nodeModules, entry.name);
      return entry.name.startsWith('@') ? readdirSync(dir).map((name) => join(dir, name)) : [dir];
    });
}

/**
 * Installed packages that declare another machine in `os`/`cpu`. npm installs the native build of
 * @napi-rs/canvas for the machine it runs on, so an arm64 terminal packed on an x64 builder would
 * carry an x64 binary and fail on its first receipt; the build stops instead (after-pack.ts).
 */
export function packagesForAnotherMachine(nodeModules: string, target: Machine): string[] {
  return packageDirs(nodeModules)
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => manifestSchema.parse(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))))
    .filter((manifest) => !allows(manifest.os, target.platform) || !allows(manifest.cpu, target.cpu))
    .map((manifest) => manifest.name);
}
