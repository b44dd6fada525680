/**
 * A serial code scanner in software: each scan is the code's bytes (UTF-8, as 2D scanners send
 * QR content by default), the AIM identifier first when set so, and the configured suffix.
 */
import type { ScanSuffix } from '../scanner/line-framer.js';
import type { ByteTransport } from '../transport/transport.js';

export interface ScannerSimulatorOptions {
  /** Default 'crlf', the factory setting of most serial scanners. */
  suffix?: ScanSuffix | 'none';
  /** Send "]Q1"-style AIM identifiers before each code. Default false. */
  aim?: boolean;
  prefix?: string;
}

const suffixText: Readonly<Record<ScanSuffix | 'none', string>> = { cr: '\r', lf: '\n', crlf: '\r\n', tab: '\t', none: '' };
const aimOf: Readonly<Record<string, string>> = { QR: ']Q1', 'EAN/UPC': ']E0', 'Code 128': ']C0', 'Data Matrix': ']d2', PDF417: ']L0' };

export class ScannerSimulator {
  readonly scanned: string[] = [];

  constructor(
    private readonly transport: ByteTransport,
    private readonly options: ScannerSimulatorOptions = {},
  ) {}

  /** The citizen holds a code to the scanner. */
  async scan(text: string, symbology = 'QR'): Promise<void> {
    const aim = this.options.aim ? (aimOf[symbology] ?? ']X0') : '';
    const bytes = Buffer.concat([Buffer.from(this.options.prefix ?? '', 'latin1'), Buffer.from(aim + text, 'utf8'), Buffer.from(suffixText[this.options.suffix ?? 'crlf'], 'latin1')]);
    await this.transport.write(bytes);
    this.scanned.push(text);
  }

  async close(): Promise<void> {}
}
