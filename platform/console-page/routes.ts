import type { FastifyInstance, FastifyReply } from 'fastify';
import { readStatic, type StaticFile } from '../../static-files/read-static.js';
import { HttpError } from '../http/http-error.js';

/**
 * The console page may run only its own scripts and styles and talk only to this platform; the
 * enrollment QR code is a data: image. No framing: a console inside another site's frame could be
 * clicked through. Inline <style> elements (not style attributes) are allowed for one reason: the
 * 远程帮办 mirror is a srcdoc iframe, which inherits this policy, and draws the kiosk's screen with
 * the kiosk's stylesheet inline; with no remote image, font or connection allowed, a style can
 * still fetch nothing.
 */
export const consoleContentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; style-src-elem 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** A path with a file extension asks for an asset; anything else is a page of the console's own routing. */
const isAsset = (path: string): boolean => /\.[a-z0-9]+$/i.test(path);

function send(reply: FastifyReply, file: StaticFile): FastifyReply {
  if (file.kind === 'bad_path') throw new HttpError(400, 'bad_path', '路径编码无效 / the path is not valid percent-encoding');
  if (file.kind === 'not_found') throw new HttpError(404, 'not_found', '没有这个文件 / no such file');
  return reply.code(200).headers(file.headers).send(file.body);
}

/** The fleet console (dist/console) under /console/: its files, and index.html for its pages. */
export function consolePageRoutes(app: FastifyInstance, consoleDir: string): void {
  app.get('/console', (_request, reply) => reply.redirect('/console/', 301));
  app.get<{ Params: { '*': string } }>('/console/*', async (request, reply) => {
    const path = request.params['*'];
    const file = await readStatic(consoleDir, isAsset(path) ? path : '/', consoleContentSecurityPolicy);
    return send(reply, file);
  });
}
