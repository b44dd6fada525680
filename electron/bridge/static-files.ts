import type { ServerResponse } from 'node:http';
import { readStatic } from '../../static-files/read-static.js';

/** The same policy Electron's window gets: only our own scripts, styles and the loopback API. */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self' ws://127.0.0.1:*; media-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** Serves the built renderer; paths that climb out of its folder are not found. */
export async function serveStatic(root: string, urlPath: string, response: ServerResponse): Promise<void> {
  const file = await readStatic(root, urlPath, contentSecurityPolicy);
  if (file.kind === 'bad_path') return plain(response, 400, 'bad request: the path is not valid percent-encoding');
  if (file.kind === 'not_found') return plain(response, 404, 'not found');
  response.writeHead(200, file.headers);
  response.end(file.body);
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
