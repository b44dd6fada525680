/**
 * `tongban device print` and `tongban device printer-status`: one printer, directly, by serial
 * port, device file or TCP. JSON on stdout; a receipt the printer could not finish is an error.
 */
import { readFileSync } from 'node:fs';
import { ReceiptPrinter } from '../../drivers/printer/printer.js';
import { encodeReceipt, parseReceipt, type Receipt } from '../../drivers/printer/receipt.js';
import { statusReport } from '../../drivers/printer/status.js';
import { openDeviceFile } from '../../drivers/transport/device-file.js';
import { openSerial } from '../../drivers/transport/serial.js';
import { openTcp } from '../../drivers/transport/tcp.js';
import type { ByteTransport } from '../../drivers/transport/transport.js';
import { baudRate, hostPort, paper } from '../args.js';
import { UsageError } from '../fail.js';

const target = '(--port PATH [--baud N] | --file DEV | --tcp HOST:PORT)';
export const printerStatusUsage = `tongban device printer-status ${target}`;
export const printUsage = `tongban device print ${target}
      (--receipt FILE.json | --text FILE [--qr DATA]) [--paper 58|80] [--font gbk|gb18030]`;
const printerUsage = `${printerStatusUsage}\n  ${printUsage}`;

export const printerOptions = {
  port: { type: 'string' },
  file: { type: 'string' },
  tcp: { type: 'string' },
  baud: { type: 'string' },
  receipt: { type: 'string' },
  text: { type: 'string' },
  qr: { type: 'string' },
  paper: { type: 'string' },
  font: { type: 'string' },
} as const;

type PrinterValues = { [K in keyof typeof printerOptions]?: string };

function openTarget(values: PrinterValues): Promise<ByteTransport> {
  const given = [values.port, values.file, values.tcp].filter((value) => value !== undefined);
  if (given.length !== 1) throw new UsageError(`exactly one of --port, --file or --tcp is required\nusage: ${printerUsage}`);
  if (values.port) return openSerial(values.port, { baudRate: baudRate(values.baud) });
  if (values.file) return openDeviceFile(values.file);
  const { host, port } = hostPort(values.tcp ?? '', '--tcp');
  return openTcp(host, port);
}

async function withPrinter(values: PrinterValues, use: (printer: ReceiptPrinter) => Promise<void>): Promise<void> {
  const transport = await openTarget(values);
  try {
    await use(new ReceiptPrinter(transport));
  } finally {
    await transport.close();
  }
}

/** --receipt FILE.json as documented in drivers/printer/RECEIPT.md, or --text FILE with an optional QR code. */
function receiptFrom(values: PrinterValues): Receipt {
  if ((values.receipt === undefined) === (values.text === undefined)) {
    throw new UsageError(`give either --receipt FILE.json or --text FILE\nusage: ${printerUsage}`);
  }
  if (values.receipt) return parseReceipt(JSON.parse(readFileSync(values.receipt, 'utf8')));
  const text = readFileSync(values.text ?? '', 'utf8').replace(/\n+$/, '');
  const qr = values.qr === undefined ? [] : [{ type: 'qr' as const, data: values.qr }];
  return parseReceipt({ blocks: [{ type: 'text', text }, ...qr, { type: 'feed', lines: 3 }, { type: 'cut' }] });
}

export async function printerStatus(values: PrinterValues): Promise<void> {
  await withPrinter(values, async (printer) => {
    process.stdout.write(`${JSON.stringify(statusReport(await printer.status()))}\n`);
  });
}

export async function print(values: PrinterValues): Promise<void> {
  const font = values.font ?? 'gbk';
  if (font !== 'gbk' && font !== 'gb18030') throw new UsageError(`--font must be gbk or gb18030, got "${font}"`);
  const { bytes, replaced } = encodeReceipt(receiptFrom(values), { paper: paper(values.paper), encoding: font });
  await withPrinter(values, async (printer) => {
    const outcome = await printer.print(bytes);
    const report = { bytesWritten: outcome.bytesWritten, complete: outcome.complete, status: statusReport(outcome.after), replaced };
    process.stdout.write(`${JSON.stringify(report)}\n`);
    if (!outcome.complete) throw new Error(`打印未完成 / the printer stopped during the job: ${outcome.after.detail}`);
  });
}
