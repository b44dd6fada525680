import { cardRecord } from '../../drivers/idcard/record.js';
import { IdCardReader, defaultCommandTimeoutMs } from '../../drivers/idcard/reader.js';
import { openSerial } from '../../drivers/transport/serial.js';
import { baudRate, integer, parse, required } from '../args.js';
import { usageOf, type Command } from '../command.js';
import { a4Commands } from './device-a4.js';
import { deviceList, listUsage } from './device-list.js';
import { scan, scanOptions, scanUsage } from './device-scan.js';
import { print, printerOptions, printerStatus, printUsage, printerStatusUsage } from './device-printer.js';

const readIdUsage = 'tongban device read-id --port PATH [--baud N] [--timeout S]';

const readIdOptions = {
  port: { type: 'string' },
  baud: { type: 'string' },
  timeout: { type: 'string' },
} as const;

function json(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/**
 * One card read, the whole record on stdout: the technician asked for it explicitly, once.
 * No command may wait longer than the whole --timeout, so a silent reader fails within it.
 * A bad read is read again once, and `retries` says so: a cable that garbles now and then shows.
 */
async function readId(argv: string[]): Promise<void> {
  const { values } = parse(argv, readIdOptions, readIdUsage);
  const port = required(values.port, '--port', readIdUsage);
  const timeoutMs = integer(values.timeout, '--timeout', 10, { min: 1, max: 600 }) * 1000;
  const transport = await openSerial(port, { baudRate: baudRate(values.baud) });
  const reader = new IdCardReader(transport, { commandTimeoutMs: Math.min(defaultCommandTimeoutMs, timeoutMs) });
  try {
    const read = await reader.readCard({ timeoutMs });
    json({ ...cardRecord(read), retries: read.retries });
  } finally {
    await reader.close();
  }
}

const printerCommand = (usage: string, run: typeof print): Command => ({ usage, run: (argv) => run(parse(argv, printerOptions, usage).values) });

const subcommands = {
  list: { usage: listUsage, run: deviceList },
  'read-id': { usage: readIdUsage, run: readId },
  'printer-status': printerCommand(printerStatusUsage, printerStatus),
  print: printerCommand(printUsage, print),
  scan: { usage: scanUsage, run: (argv) => scan(parse(argv, scanOptions, scanUsage).values) },
  ...a4Commands,
} satisfies Record<string, Command>;

export const device: Command = {
  usage: usageOf(subcommands),
  summary: 'one device, directly: list | read-id | printer-status | print | scan | a4-status | print-a4',
  subcommands,
};
