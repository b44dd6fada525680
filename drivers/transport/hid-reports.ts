/**
 * USB HID ID card readers carry the same SAM frames as serial ones, cut into fixed-size reports:
 *
 *   REPORT_ID | N | N payload bytes | zero padding to the report size
 *
 * This module only cuts and joins; the frame parser reassembles frames from the joined bytes,
 * so a frame may span reports and a report may end mid-frame. The binding that moves reports
 * (drivers/transport/hid.ts, on node-hid, not installed yet) is meant to be a thin layer over it.
 */

export interface HidReportOptions {
  /** The report id the reader uses for its frames. Default 0x00 (no numbered reports). */
  reportId?: number;
  /** Bytes per report including the id and length bytes. Default 64, the full-speed USB maximum. */
  reportSize?: number;
}

export class HidReportError extends Error {
  override readonly name = 'HidReportError';
  constructor(detail: string) {
    super(`HID 报文格式错误 / malformed HID report: ${detail}`);
  }
}

/** Report id byte and length byte. */
const HEADER_SIZE = 2;

export class HidReports {
  readonly reportId: number;
  readonly reportSize: number;

  constructor(options: HidReportOptions = {}) {
    this.reportId = options.reportId ?? 0;
    this.reportSize = options.reportSize ?? 64;
    if (!(Number.isInteger(this.reportId) && this.reportId >= 0 && this.reportId <= 0xff)) {
      throw new TypeError(`reportId must be a byte (0-255), got ${this.reportId}`);
    }
    // The length byte caps the payload at 255; below 3 no payload fits.
    if (!(Number.isInteger(this.reportSize) && this.reportSize > HEADER_SIZE && this.reportSize <= 0xff + HEADER_SIZE)) {
      throw new TypeError(`reportSize must be a whole number from 3 to 257, got ${this.reportSize}`);
    }
  }

  get payloadSize(): number {
    return this.reportSize - HEADER_SIZE;
  }

  /** The reports that carry these bytes, each padded to the full report size. */
  split(bytes: Uint8Array): Buffer[] {
    const reports: Buffer[] = [];
    for (let offset = 0; offset < bytes.length; offset += this.payloadSize) {
      const payload = bytes.subarray(offset, offset + this.payloadSize);
      const report = Buffer.alloc(this.reportSize);
      report[0] = this.reportId;
      report[1] = payload.length;
      report.set(payload, HEADER_SIZE);
      reports.push(report);
    }
    return reports;
  }

  /** The payload one report carries; throws HidReportError for a report not meant for us or cut short. */
  payload(report: Uint8Array): Buffer {
    if (report.length < HEADER_SIZE) throw new HidReportError(`${report.length} bytes, shorter than its header`);
    if (report[0] !== this.reportId) {
      throw new HidReportError(`report id 0x${hex(report[0] ?? 0)}, expected 0x${hex(this.reportId)}`);
    }
    const length = report[1] ?? 0;
    if (length > Math.min(this.payloadSize, report.length - HEADER_SIZE)) {
      throw new HidReportError(`payload length ${length} does not fit a ${report.length}-byte report`);
    }
    return Buffer.from(report.subarray(HEADER_SIZE, HEADER_SIZE + length));
  }

  /** The bytes a run of reports carries, in order. */
  join(reports: readonly Uint8Array[]): Buffer {
    return Buffer.concat(reports.map((report) => this.payload(report)));
  }
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}
