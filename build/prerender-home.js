// Puts the kiosk's home, drawn at build time, into dist/renderer/index.html: the page shows it
// before its script is parsed (it runs without a JIT), and the app attaches to it (hydration).
// The renderer is built once more for Node (Vite's SSR build, with the same Preact aliases) into
// a scratch folder, which is removed afterwards.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const emptyRoot = '<div id="root"></div>';
const entryScript = '<script type="module" crossorigin';

export async function prerenderHome(root, vite) {
  const scratch = mkdtempSync(join(tmpdir(), 'tongban-prerender-'));
  try {
    const args = ['build', '--config', 'renderer/vite.config.ts', '--ssr', 'prerender/home-html.tsx', '--outDir', scratch, '--logLevel', 'warn'];
    execFileSync(vite, args, { cwd: root, stdio: 'inherit' });
    const { homeHtml } = await import(pathToFileURL(join(scratch, 'home-html.js')).href);
    const page = join(root, 'dist', 'renderer', 'index.html');
    const html = readFileSync(page, 'utf8');
    for (const needed of [emptyRoot, entryScript]) if (!html.includes(needed)) throw new Error(`prerender: ${needed} not found in ${page}`);
    // The entry keeps the taps made before the app attaches (renderer/boot/early-taps.ts): no
    // frame may show the home before it runs. Vite drops this attribute from the source page.
    const blocking = html.replace(entryScript, '<script type="module" blocking="render" crossorigin');
    writeFileSync(page, blocking.replace(emptyRoot, `<div id="root">${homeHtml()}</div>`));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
