// Builds everything `tongban` runs: the Node side with tsc, the sandboxed preload as CommonJS,
// the SQL migrations beside their compiled modules, and the kiosk's renderer and the fleet console
// (served by the platform under /console/) with Vite.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prerenderHome } from './prerender-home.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

function copySql(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !['node_modules', 'dist', '.git'].includes(entry.name)) copySql(path);
    else if (entry.isFile() && entry.name.endsWith('.sql')) {
      const target = join(dist, relative(root, path));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
    }
  }
}

rmSync(dist, { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('vite'), ['build', '--config', 'electron/vite.preload.config.ts', '--logLevel', 'warn']);
for (const folder of ['electron', 'platform']) copySql(join(root, folder));
run(bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
await prerenderHome(root, bin('vite'));
run(bin('vite'), ['build', '--config', 'console/vite.config.ts', '--logLevel', 'warn']);
