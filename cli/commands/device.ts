import { readFileSync } from 'node:fs';
import { SerialPort } from 'serialport';
import { IdCardReader } from '../../drivers/idcard/reader.js';
import { ReceiptPrinter } from '../../drivers/printer/printer.js';
import { encodeReceipt, parseReceipt } from '../../drivers/printer/receipt.js';
import { openSerial } from '../../drivers/transport/serial.js';
import { openTcp } from '../../drivers/transport/tcp.js';
import type { ByteTransport } from '../../drivers/transport/transport.js';
import { maskIdNumber, maskName } from '../../electron/core/session/mask.js';
import { hostPort, integer, paper, parse, required } from '../args.js';
import { UsageError } from '../fail.js';

const usage = `tongban device list
  tongban device read-id --port PATH [--baud N] [--timeout S] [--reveal]
  tongban device printer-status (--port PATH [--baud N] | --tcp HOST:PORT)
  tongban device print (--port PATH [--baud N] | --tcp HOST:PORT) --receipt FILE.json [--paper 58|80] [--font gbk|gb18030]`;

const options = {
  port: { type: 'string' },
  tcp: { type: 'string' },
  baud: { type: 'string' },
  timeout: { type: 'string' },
  receipt: { type: 'string' },
  paper: { type: 'string' },
  font: { type: 'string' },
  reveal: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parse<typeof options>>['values'];

function target(values: Values): Promise<ByteTransport> {
  if (values.port) return openSerial(values.port, { baudRate: integer(values.baud, '--baud', 115200) });
  if (values.tcp) {
    const { host, port } = hostPort(values.tcp, '--tcp');
    return openTcp(host, port);
  }
  throw new UsageError(`--port or --tcp is required\nusage: ${usage}`);
}

function json(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** One card read. Names and numbers are masked unless --reveal: a terminal's scrollback is not private. */
async function readId(values: Values): Promise<void> {
  const transport = await openSerial(required(values.port, '--port', usage), { baudRate: integer(values.baud, '--baud', 115200) });
  const reader = new IdCardReader(transport);
  try {
    const { photoWlt, ...card } = await reader.readCard({ timeoutMs: integer(values.timeout, '--timeout', 10) * 1000 });
    const shown =
      card.cardType === 'unknown' || values.reveal
        ? card
        : { ...card, name: maskName(card.name), idNumber: maskIdNumber(card.idNumber), ...('address' in card ? { address: `${card.address.slice(0, 6)}***` } : {}) };
    json({ ...shown, ...('raw' in shown ? { raw: shown.raw.toString('hex') } : {}), photoBytes: photoWlt.length });
  } finally {
    await reader.close();
  }
}

async function withPrinter(values: Values, use: (printer: ReceiptPrinter) => Promise<void>): Promise<void> {
  const transport = await target(values);
  try {
    await use(new ReceiptPrinter(transport));
  } finally {
    await transport.close();
  }
}

async function print(values: Values): Promise<void> {
  const receipt = parseReceipt(JSON.parse(readFileSync(required(values.receipt, '--receipt', usage), 'utf8')));
  const font = values.font ?? 'gbk';
  if (font !== 'gbk' && font !== 'gb18030') throw new UsageError(`--font must be gbk or gb18030, got "${font}"`);
  const { bytes, replaced } = encodeReceipt(receipt, { paper: paper(values.paper), encoding: font });
  await withPrinter(values, async (printer) => {
    const outcome = await printer.print(bytes);
    json({ bytesWritten: outcome.bytesWritten, complete: outcome.complete, after: outcome.after, replaced });
  });
}

export async function device(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv, options, usage);
  const action = positionals[0];
  if (action === 'list') {
    for (const port of await SerialPort.list()) json(port);
  } else if (action === 'read-id') await readId(values);
  else if (action === 'printer-status') await withPrinter(values, async (printer) => json(await printer.status()));
  else if (action === 'print') await print(values);
  else throw new UsageError(`unknown device action "${action ?? ''}"\nusage: ${usage}`);
}
