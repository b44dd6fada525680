import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
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

/** The same policy Electron's window gets: only our own scripts, styles and the loopback API. */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self' ws://127.0.0.1:*; media-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** Serves the built renderer; paths that climb out of its folder are not found. */
export async function serveStatic(root: string, urlPath: string, response: ServerResponse): Promise<void> {
  const relative = urlPath === '/' ? 'index.html' : decodedPath(urlPath);
  if (relative === undefined) return plain(response, 400, 'bad request: the path is not valid percent-encoding');
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return notFound(response);
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch {
    return notFound(response);
  }
  response.writeHead(200, {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'cache-control': extname(path) === '.html' ? 'no-store' : 'max-age=3600',
  });
  response.end(body);
}

/** undefined for a path that is not valid percent-encoding (`/%ZZ`): the client's mistake, not ours. */
function decodedPath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
}

function notFound(response: ServerResponse): void {
  plain(response, 404, 'not found');
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
