/**
 * The receipt printer's figures: encoding a full acceptance receipt to ESC/POS beside receiptline
 * encoding the same receipt in its own markup, and sending it over a real pty beside the time its
 * bytes take on the wire at 115200 baud.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import receiptline from 'receiptline';
import { ReceiptPrinter } from '../../drivers/printer/printer.js';
import { encodeReceipt, parseReceipt, type PrinterProfile } from '../../drivers/printer/receipt.js';
import { printerSimOnPty } from '../../drivers/sim/on-pty.js';
import { openSerial } from '../../drivers/transport/serial.js';
import { chenFacts as facts } from '../fixtures/acceptance-facts.js';
import { acceptanceReceipt } from '../../electron/core/print/acceptance-receipt.js';
import { figure, percentile, type Figure } from './figure.js';

const baud = 115200;
/** 8N1: a start bit, eight data bits, a stop bit. */
const bitsPerByte = 10;
const encodeSamples = 2000;
const sendSamples = 30;
const profile: PrinterProfile = { paper: 58, encoding: 'gb18030' };

/** The same receipt in receiptline's markup: title, rows, number, QR, CODE128, notes, cut. */
const receiptlineDoc = `^^^受理回执
武汉市江岸区政务服务中心
一楼大厅 2 号自助终端
---
事项 | 城乡居民基本养老保险参保登记
申请人 | 陈*欣
证件号码 | 8100**********0021
受理时间 | 2026/11/23 10:05
承诺时限 | 5 个工作日
---
办件编号
^^"5PSJBB2026112300001I"
{code:5PSJBB2026112300001I; option:qrcode,6,m}
{code:5PSJBB2026112300001I; option:code128,2,80,hri}
---
"待上传：网络恢复后自动上报，无需再次办理"
凭办件编号可在任一自助终端“查询打印”中查询进度。
咨询投诉：12345 政务服务便民热线
=
`;

const encodeOurs = (): number => encodeReceipt(parseReceipt(acceptanceReceipt(facts)), profile).bytes.length;
const encodeReceiptline = (): number => receiptline.transform(receiptlineDoc, { command: 'escpos', cpl: 32, encoding: 'gb18030' }).length;

function times(run: () => number, samples: number): number[] {
  for (let i = 0; i < 200; i++) run();
  return Array.from({ length: samples }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
}

/** Status before, the receipt, status after: what the print queue does for each job. */
async function sendTimes(bytes: Buffer): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-bench-printer-'));
  const sim = await printerSimOnPty(dir, { paper: 58 });
  const transport = await openSerial(sim.portPath, { baudRate: baud });
  const printer = new ReceiptPrinter(transport);
  try {
    const result: number[] = [];
    for (let i = 0; i < sendSamples; i++) {
      const start = performance.now();
      const outcome = await printer.print(bytes);
      result.push(performance.now() - start);
      if (!outcome.complete) throw new Error('the simulator did not finish a receipt');
    }
    return result;
  } finally {
    await transport.close();
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function printerFigures(): Promise<Figure[]> {
  const ours = times(encodeOurs, encodeSamples);
  const theirs = times(encodeReceiptline, encodeSamples);
  const { bytes } = encodeReceipt(parseReceipt(acceptanceReceipt(facts)), profile);
  const wireMs = (bytes.length * bitsPerByte * 1000) / baud;
  const sent = await sendTimes(bytes);
  const wire = `wire time of its ${bytes.length} bytes at ${baud} 8N1 (a pty does not throttle to the baud rate)`;
  return [
    figure('acceptance receipt to ESC/POS p50', percentile(ours, 50), 'ms', 'receiptline, same receipt, p50', percentile(theirs, 50)),
    figure('acceptance receipt to ESC/POS p99', percentile(ours, 99), 'ms', 'target', 1),
    figure('acceptance receipt print with status before and after p50 (pty)', percentile(sent, 50), 'ms', wire, wireMs),
  ];
}
