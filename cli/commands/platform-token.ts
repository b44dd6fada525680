import QRCode from 'qrcode';
import { makeAuditedToken } from '../../platform/enrollment/tokens.js';
import { enrollmentCode, enrollmentTokenRequestSchema } from '../../platform/protocol/index.js';
import { integer, parse, platformAddress, required } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../fail.js';
import { localUser } from './platform-admin.js';
import { openPlatformDatabase } from './platform-db.js';

const usage =
  'tongban platform token --hall NAME --terminal NAME --region CODE --platform-url URL [--valid-hours N] [--data DIR | --db URL]   (PGlite: while the platform is stopped)';

/**
 * A one-time enrollment token made on the platform's host, for a technician going out without the
 * console: JSON on stdout (token, expiry, the enrollment QR's text), the QR itself drawn on stderr
 * for the technician's phone to photograph or the kiosk's scanner to read off the screen.
 */
async function token(argv: string[]): Promise<void> {
  const { values, positionals } = parse(
    argv,
    { hall: { type: 'string' }, terminal: { type: 'string' }, region: { type: 'string' }, 'platform-url': { type: 'string' }, 'valid-hours': { type: 'string' }, data: { type: 'string' }, db: { type: 'string' } },
    usage,
  );
  if (positionals.length > 0) throw new UsageError(`unexpected ${positionals.join(' ')}\nusage: ${usage}`);
  const url = platformAddress(required(values['platform-url'], '--platform-url', usage), '--platform-url', usage);
  const request = enrollmentTokenRequestSchema.safeParse({
    hallName: required(values.hall, '--hall', usage),
    terminalName: required(values.terminal, '--terminal', usage),
    regionCode: required(values.region, '--region', usage),
    validHours: integer(values['valid-hours'], '--valid-hours', 24, { min: 1, max: 168 }),
  });
  if (!request.success) throw new UsageError(`${request.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; ')}\nusage: ${usage}`);
  const db = await openPlatformDatabase(values.db, values.data);
  try {
    const made = await makeAuditedToken(db, request.data, { actor: { name: localUser(), role: 'local' }, sourceIp: null });
    const code = enrollmentCode(url, made.token);
    process.stdout.write(`${JSON.stringify({ ...made, platformUrl: url, enrollCode: code })}\n`);
    process.stderr.write(`${await QRCode.toString(code, { type: 'terminal', small: true })}\n注册二维码：在终端的技术人员模式“注册”页扫描 / the enrollment QR: scan it on the terminal's technician mode, Enroll tab\n`);
  } finally {
    await db.close();
  }
}

export const platformToken: Command = { usage, summary: 'a one-time enrollment token and its QR', run: token };
