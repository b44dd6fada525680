/**
 * The ID card reader's figures: request to decoded identity over a real pty beside the time the
 * reply would take on the wire at 115200 baud, and parser throughput beside a bare preamble scan.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { joinBlocks } from '../../drivers/idcard/commands.js';
import { FrameParser, PREAMBLE, encodeReply } from '../../drivers/idcard/frame.js';
import { IdCardReader } from '../../drivers/idcard/reader.js';
import { encodeText } from '../../drivers/idcard/text.js';
import { CHEN_XIAOXIN } from '../../drivers/sim/cards.js';
import { IdCardSimulator } from '../../drivers/sim/idcard-sim.js';
import { openPtyPair } from '../../drivers/transport/pty-pair.js';
import { openSerial } from '../../drivers/transport/serial.js';
import { figure, percentile, type Figure } from './figure.js';

const baud = 115200;
const samples = 60;
/** 8N1: a start bit, eight data bits, a stop bit. */
const bitsPerByte = 10;
const streamBytes = 32 * 1024 * 1024;
const chunkBytes = 4096;

function cardReply(): Buffer {
  return encodeReply(0x90, joinBlocks([encodeText(CHEN_XIAOXIN.text), CHEN_XIAOXIN.photoWlt]));
}

/** find and select once, then time the text+photo read, decode included, `samples` times. */
async function readTimes(): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-bench-idcard-'));
  const pair = await openPtyPair(dir);
  const simulator = new IdCardSimulator(await openSerial(pair.devicePath, { baudRate: baud }), { card: CHEN_XIAOXIN });
  const reader = new IdCardReader(await openSerial(pair.hostPath, { baudRate: baud }));
  try {
    await reader.findCard();
    await reader.selectCard();
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const start = performance.now();
      await reader.readTextPhoto();
      times.push(performance.now() - start);
    }
    return times;
  } finally {
    await reader.close();
    await simulator.close();
    await pair.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Card replies with a little noise between them, in the chunks a serial port delivers. */
function stream(): Buffer[] {
  const unit = Buffer.concat([cardReply(), Buffer.from([0x00, 0xaa, 0x13])]);
  const whole = Buffer.concat(Array.from({ length: Math.ceil(streamBytes / unit.length) }, () => unit));
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < whole.length; offset += chunkBytes) chunks.push(whole.subarray(offset, offset + chunkBytes));
  return chunks;
}

function megabytesPerSecond(chunks: readonly Buffer[], run: (chunk: Buffer) => number): number {
  let bytes = 0;
  let found = 0;
  const start = performance.now();
  for (const chunk of chunks) {
    found += run(chunk);
    bytes += chunk.length;
  }
  const seconds = (performance.now() - start) / 1000;
  if (found === 0) throw new Error('bench stream held no frames');
  return bytes / (1024 * 1024) / seconds;
}

function parserThroughput(chunks: readonly Buffer[]): number {
  const parser = new FrameParser();
  return megabytesPerSecond(chunks, (chunk) => parser.push(chunk).length);
}

function scanThroughput(chunks: readonly Buffer[]): number {
  return megabytesPerSecond(chunks, (chunk) => {
    let count = 0;
    for (let at = chunk.indexOf(PREAMBLE); at >= 0; at = chunk.indexOf(PREAMBLE, at + 1)) count++;
    return count;
  });
}

export async function idcardFigures(): Promise<Figure[]> {
  const replyBytes = cardReply().length;
  const wireMs = (replyBytes * bitsPerByte * 1000) / baud;
  const times = await readTimes();
  const wire = `wire time of the ${replyBytes}-byte reply at ${baud} 8N1 (a pty does not throttle to the baud rate)`;
  const chunks = stream();
  // Warm both paths so neither pays the JIT for the other.
  parserThroughput(chunks.slice(0, 256));
  scanThroughput(chunks.slice(0, 256));
  const scan = scanThroughput(chunks);
  return [
    figure('ID card read to decoded identity p50 (pty)', percentile(times, 50), 'ms', wire, wireMs),
    figure('ID card read to decoded identity p99 (pty)', percentile(times, 99), 'ms', wire, wireMs),
    figure('SAM frame parser throughput', parserThroughput(chunks), 'MB/s', 'Buffer.indexOf preamble scan of the same bytes', scan),
  ];
}
