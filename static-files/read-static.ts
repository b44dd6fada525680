import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
};

/** A built page's file as it is sent, or why it is not. */
export type StaticFile =
  | { kind: 'file'; body: Buffer; headers: Record<string, string> }
  | { kind: 'bad_path' }
  | { kind: 'not_found' };

/**
 * Reads a file of a built page (the kiosk's renderer, the fleet console) under `root`; paths that
 * climb out of it are not found. `csp` goes out with every file: each page has its own policy.
 */
export async function readStatic(root: string, urlPath: string, csp: string): Promise<StaticFile> {
  const relative = urlPath === '/' || urlPath === '' ? 'index.html' : decodedPath(urlPath);
  if (relative === undefined) return { kind: 'bad_path' };
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return { kind: 'not_found' };
  try {
    const body = await readFile(path);
    return { kind: 'file', body, headers: headersOf(path, csp) };
  } catch {
    return { kind: 'not_found' };
  }
}

function headersOf(path: string, csp: string): Record<string, string> {
  return {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'cache-control': extname(path) === '.html' ? 'no-store' : 'max-age=3600',
  };
}

/** undefined for a path that is not valid percent-encoding (`/%ZZ`): the client's mistake, not ours. */
function decodedPath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
}
