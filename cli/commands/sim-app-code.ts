import { normalizeIdNumber } from '../../standards/id-number.js';
import { signAppCode } from '../../electron/core/app-code/sign.js';
import { maxLifetimeSeconds } from '../../electron/core/app-code/token.js';
import { readPrivateKey, writeKeyPair } from '../../electron/core/catalog/bundle/keys.js';
import { integer, parse, required } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../fail.js';

const signUsage = 'tongban sim app-code --key FILE --id-number N --name NAME [--expires-in S]';
const keygenUsage = 'tongban sim app-code keygen --out DIR';

/** Seconds from now; negative: a code that expired that long ago, to show the refusal. */
function expiresIn(value: string | undefined): number {
  const seconds = integer(value, '--expires-in', 60, { min: -maxLifetimeSeconds, max: maxLifetimeSeconds });
  if (seconds === 0) throw new UsageError('--expires-in must not be 0 (negative: a code that expired that long ago)');
  return seconds;
}

function keygen(argv: string[]): Promise<void> {
  const { values } = parse(argv, { out: { type: 'string' } }, keygenUsage);
  process.stdout.write(`${JSON.stringify(writeKeyPair(required(values.out, '--out', keygenUsage)))}\n`);
  return Promise.resolve();
}

/**
 * What 鄂汇办 would show, for technicians and tests: a code signed with the province key FILE,
 * printed on stdout to be typed by a scanner (or `xdotool type`). `keygen` makes a stand-in
 * province key pair; the terminal trusts DIR/key.pub (`tongban enroll --app-code-trust`).
 */
function sign(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, { key: { type: 'string' }, 'id-number': { type: 'string' }, name: { type: 'string' }, 'expires-in': { type: 'string' } }, signUsage);
  if (positionals.length > 0) throw new UsageError(`unknown command "sim app-code ${positionals[0] ?? ''}"\nusage: ${appCode.usage}`);
  const idNumber = normalizeIdNumber(required(values['id-number'], '--id-number', signUsage));
  if (!/^\d{17}[\dX]$/.test(idNumber)) throw new UsageError(`--id-number must be 18 characters, digits and a last X, got "${idNumber}"`);
  const seconds = expiresIn(values['expires-in']);
  const now = Date.now();
  // An expired code was shown a minute before it expired, as the app would have.
  const expiresAt = new Date(now + seconds * 1000);
  const issuedAt = seconds > 0 ? new Date(now) : new Date(expiresAt.getTime() - 60_000);
  const name = required(values.name, '--name', signUsage);
  process.stdout.write(`${signAppCode(readPrivateKey(required(values.key, '--key', signUsage)), { idNumber, name, issuedAt, expiresAt })}\n`);
  return Promise.resolve();
}

export const appCode: Command = {
  usage: `${signUsage}\n  ${keygenUsage}`,
  run: sign,
  subcommands: { keygen: { usage: keygenUsage, run: keygen } },
};
