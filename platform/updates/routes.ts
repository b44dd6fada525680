import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HttpError } from '../http/http-error.js';
import { parseInput } from '../http/input.js';

/**
 * A channel and a file name as electron-builder writes them (latest-linux-arm64.yml,
 * tongban-kiosk-0.2.0-linux-arm64.AppImage): no separators, no leading dot, so no path leaves the folder.
 */
const paramsSchema = z.object({
  channel: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/),
  file: z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$/),
});

const contentType = (file: string): string => (file.endsWith('.yml') ? 'text/yaml; charset=utf-8' : 'application/octet-stream');

/**
 * The kiosk's app updates: electron-updater's generic feed, a folder per channel as electron-builder
 * leaves its output (`updatesDir/CHANNEL/latest-linux.yml`, the installers, the blockmaps). Not
 * signed per terminal: the files hold no one's data, and the kiosk checks each download against the
 * sha512 in the feed. The staged rollout is the `stagingPercentage` in each latest*.yml (README).
 */
export function updateRoutes(app: FastifyInstance, updatesDir: string): void {
  app.get('/v1/updates/:channel/:file', async (request, reply) => {
    const { channel, file } = parseInput(paramsSchema, request.params, 'bad_update_path');
    const path = join(updatesDir, channel, file);
    const found = await stat(path).catch(() => undefined);
    if (!found?.isFile()) throw new HttpError(404, 'no_such_update', `没有这个更新文件 / no such update file: ${channel}/${file}`);
    return reply.type(contentType(file)).header('content-length', found.size).send(createReadStream(path));
  });
}
