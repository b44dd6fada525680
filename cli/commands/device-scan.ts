import { CodeScanner } from '../../drivers/scanner/code-scanner.js';
import type { CodeSource } from '../../drivers/scanner/code-source.js';
import { openHidPosSource } from '../../drivers/scanner/hid-pos-source.js';
import { scanSuffixes } from '../../drivers/scanner/line-framer.js';
import { serialCodeSource } from '../../drivers/scanner/serial-source.js';
import { openSerial } from '../../drivers/transport/serial.js';
import { baudRate, integer, oneOf } from '../args.js';
import { UsageError } from '../fail.js';

export const scanUsage = `tongban device scan --port PATH [--baud N] [--suffix ${scanSuffixes.join('|')}] [--prefix TEXT] [--aim] [--count N]
tongban device scan --hid PATH [--count N]`;

export const scanOptions = {
  port: { type: 'string' },
  hid: { type: 'string' },
  baud: { type: 'string' },
  suffix: { type: 'string' },
  prefix: { type: 'string' },
  aim: { type: 'boolean' },
  count: { type: 'string' },
} as const;

type ScanValues = Partial<Record<'port' | 'hid' | 'baud' | 'suffix' | 'prefix' | 'count', string>> & { aim?: boolean };

function opener(values: ScanValues): () => Promise<CodeSource> {
  if ((values.port === undefined) === (values.hid === undefined)) throw new UsageError(`give one of --port or --hid\nusage: ${scanUsage}`);
  if (values.hid !== undefined) {
    const path = values.hid;
    return () => openHidPosSource(path);
  }
  const port = values.port ?? '';
  const suffix = values.suffix === undefined ? {} : { suffix: oneOf(values.suffix, '--suffix', scanSuffixes) };
  const prefix = values.prefix === undefined ? {} : { prefix: Buffer.from(values.prefix, 'latin1') };
  const baud = baudRate(values.baud);
  const onTooLong = (length: number) => process.stderr.write(`code of ${length} bytes dropped: longer than a scanner sends; check --suffix\n`);
  return async () => serialCodeSource(await openSerial(port, { baudRate: baud }), { ...suffix, ...prefix, aimPrefixed: values.aim ?? false, onTooLong });
}

/**
 * Scanned codes as a technician tests a scanner: one JSON line each, {"text", "symbology"}
 * (symbology null when the scanner sends no AIM identifier). Runs until --count codes or Ctrl+C;
 * a scanner unplugged meanwhile is reopened when it is back.
 */
export async function scan(values: ScanValues): Promise<void> {
  const count = values.count === undefined ? Infinity : integer(values.count, '--count', 1, { min: 1, max: 1_000_000 });
  const open = opener(values);
  // The first open fails loudly (a wrong path, no permission); later ones are the scanner coming back.
  let first: CodeSource | undefined = await open();
  process.stderr.write(`scanning on ${first.description} (Ctrl+C to stop)\n`);
  const scanner = new CodeScanner({
    open: async () => {
      const source = first ?? (await open());
      first = undefined;
      return source;
    },
  });
  let seen = 0;
  await new Promise<void>((done) => {
    scanner.onCode((code) => {
      process.stdout.write(`${JSON.stringify({ text: code.text, symbology: code.symbology ?? null })}\n`);
      if (++seen >= count) done();
    });
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    scanner.start();
  });
  await scanner.stop();
}
