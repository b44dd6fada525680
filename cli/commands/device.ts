import { SerialPort } from 'serialport';
import { cardRecord } from '../../drivers/idcard/record.js';
import { IdCardReader, defaultCommandTimeoutMs } from '../../drivers/idcard/reader.js';
import { openSerial } from '../../drivers/transport/serial.js';
import { integer, parse, required } from '../args.js';
import { UsageError } from '../fail.js';
import { print, printerOptions, printerStatus, printerUsage } from './device-printer.js';

const usage = `tongban device list
  tongban device read-id --port PATH [--baud N] [--timeout S]
  ${printerUsage}`;

const options = {
  ...printerOptions,
  timeout: { type: 'string' },
} as const;

type Values = ReturnType<typeof parse<typeof options>>['values'];

function json(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/**
 * One card read, the whole record on stdout: the technician asked for it explicitly, once.
 * No command may wait longer than the whole --timeout, so a silent reader fails within it.
 * A bad read is read again once, and `retries` says so: a cable that garbles now and then shows.
 */
async function readId(values: Values): Promise<void> {
  const transport = await openSerial(required(values.port, '--port', usage), { baudRate: integer(values.baud, '--baud', 115200) });
  const timeoutMs = Math.max(1, integer(values.timeout, '--timeout', 10)) * 1000;
  const reader = new IdCardReader(transport, { commandTimeoutMs: Math.min(defaultCommandTimeoutMs, timeoutMs) });
  try {
    const read = await reader.readCard({ timeoutMs });
    json({ ...cardRecord(read), retries: read.retries });
  } finally {
    await reader.close();
  }
}

export async function device(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, options, usage);
  const action = positionals[0];
  if (action === 'list') {
    for (const port of await SerialPort.list()) json(port);
  } else if (action === 'read-id') await readId(values);
  else if (action === 'printer-status') await printerStatus(values);
  else if (action === 'print') await print(values);
  else throw new UsageError(`unknown device action "${action ?? ''}"\nusage: ${usage}`);
}
