import { normalizeIdNumber } from '../../standards/id-number.js';
import { signAppCode } from '../../electron/core/app-code/sign.js';
import { maxLifetimeSeconds } from '../../electron/core/app-code/token.js';
import { readPrivateKey, writeKeyPair } from '../../electron/core/catalog/bundle/keys.js';
import { parse, required } from '../args.js';
import { UsageError } from '../fail.js';

export const appCodeUsage = `tongban sim app-code --key FILE --id-number N --name NAME [--expires-in S]
  tongban sim app-code keygen --out DIR`;

/** Seconds from now; negative: a code that expired that long ago, to show the refusal. */
function expiresIn(value: string | undefined): number {
  if (value === undefined) return 60;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds === 0 || seconds > maxLifetimeSeconds) {
    throw new UsageError(`--expires-in must be a whole number of seconds up to ${maxLifetimeSeconds}, not 0 (negative: already expired), got "${value}"`);
  }
  return seconds;
}

/**
 * What 鄂汇办 would show, for technicians and tests: a code signed with the province key FILE,
 * printed on stdout to be typed by a scanner (or `xdotool type`). `keygen` makes a stand-in
 * province key pair; the terminal trusts DIR/key.pub (`tongban enroll --app-code-trust`).
 */
export function simAppCode(argv: string[]): Promise<void> {
  const { values, positionals } = parse(
    argv,
    { key: { type: 'string' }, 'id-number': { type: 'string' }, name: { type: 'string' }, 'expires-in': { type: 'string' }, out: { type: 'string' } },
    appCodeUsage,
  );
  if (positionals[0] === 'keygen') {
    process.stdout.write(`${JSON.stringify(writeKeyPair(required(values.out, '--out', appCodeUsage)))}\n`);
    return Promise.resolve();
  }
  if (positionals.length > 0) throw new UsageError(`unknown app-code command "${positionals[0] ?? ''}"\nusage: ${appCodeUsage}`);
  const idNumber = normalizeIdNumber(required(values['id-number'], '--id-number', appCodeUsage));
  if (!/^\d{17}[\dX]$/.test(idNumber)) throw new UsageError(`--id-number must be 18 characters, digits and a last X, got "${idNumber}"`);
  const seconds = expiresIn(values['expires-in']);
  const now = Date.now();
  // An expired code was shown a minute before it expired, as the app would have.
  const expiresAt = new Date(now + seconds * 1000);
  const issuedAt = seconds > 0 ? new Date(now) : new Date(expiresAt.getTime() - 60_000);
  const name = required(values.name, '--name', appCodeUsage);
  process.stdout.write(`${signAppCode(readPrivateKey(required(values.key, '--key', appCodeUsage)), { idNumber, name, issuedAt, expiresAt })}\n`);
  return Promise.resolve();
}
