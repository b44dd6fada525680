import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../db/database.js';
import { decodeSignature, maxClockSkewMs, signatureHeaders, verifyRequest } from '../protocol/index.js';
import { parseTerminalKey } from '../terminals/keys.js';
import { findTerminal, type Terminal } from '../terminals/lookup.js';
import { rawBody } from './body.js';
import { HttpError } from './http-error.js';
import { spendRequest } from './rate-limit.js';
import { refuseReplay } from './replay-guard.js';

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function refuse(error: string, message: string): HttpError {
  return new HttpError(401, error, message);
}

function header(request: FastifyRequest, name: string): string {
  const value = request.headers[name];
  if (typeof value !== 'string' || value === '') {
    throw refuse('unsigned', `请求缺少终端签名 / the request has no ${name} header; enroll the terminal first`);
  }
  return value;
}

/** A request's time must be near ours, so a captured request cannot be replayed later. */
function checkTime(time: string, now: number): void {
  const at = isoTime.test(time) ? Date.parse(time) : Number.NaN;
  if (Number.isNaN(at)) throw refuse('bad_time', `${signatureHeaders.time} must be an ISO 8601 time with offset`);
  if (Math.abs(now - at) > maxClockSkewMs) {
    const minutes = Math.round((at - now) / 60_000);
    throw refuse(
      'clock_skew',
      `终端时钟偏差过大，请校准 / the terminal clock is ${minutes} min off; platform time is ${new Date(now).toISOString()}`,
    );
  }
}

const badSignature = (): HttpError => refuse('bad_signature', '签名无效 / the request signature does not verify for this terminal');

/** The signature's bytes once they verify; only their canonical base64 is accepted (see decodeSignature). */
function checkSignature(request: FastifyRequest, terminal: Terminal, time: string, signature: string): Buffer {
  const bytes = decodeSignature(signature);
  const key = parseTerminalKey(terminal.publicKey);
  if (!bytes || !key) throw badSignature();
  let valid = false;
  try {
    valid = verifyRequest(key, request.method, request.url, time, rawBody(request), bytes);
  } catch {
    valid = false; // a key or signature that is not even well-formed is simply not valid
  }
  if (!valid) throw badSignature();
  return bytes;
}

/**
 * The terminal that signed this request, or a 401 (429 past its rate). Runs before a route
 * touches anything: the signature covers method, path with query, time and the exact body bytes,
 * and each signature (by its bytes) is accepted once.
 */
export async function authenticateTerminal(db: Queryable, request: FastifyRequest): Promise<Terminal> {
  const id = header(request, signatureHeaders.terminal);
  const time = header(request, signatureHeaders.time);
  const signature = header(request, signatureHeaders.signature);
  checkTime(time, Date.now());
  const terminal = await findTerminal(db, id);
  if (!terminal) throw refuse('unknown_terminal', '终端未注册 / this terminal id is not enrolled; enroll it again');
  const signed = checkSignature(request, terminal, time, signature);
  if (terminal.revokedAt) throw refuse('terminal_revoked', '终端已被停用 / this terminal was revoked by an admin');
  spendRequest(request.server, terminal.id);
  await refuseReplay(db, signed);
  return terminal;
}
