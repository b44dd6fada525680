/**
 * A HID POS scanner's Scanned Data Report (HID Point of Sale Usage Tables 1.02, page 0x8C), found
 * by its usages in the device's own report descriptor: makers order, size and pad the fields
 * differently (see fixtures/), so no byte offset is assumed. A long code comes in several reports,
 * each but the last with Decode Data Continued set.
 */
import { parseReportDescriptor, readElement, usage, type ReportField } from './report-descriptor.js';

const pos = 0x8c;
export const barCodeScannerUsage = usage(pos, 0x02);
const symbologyIds = [usage(pos, 0xfb), usage(pos, 0xfc), usage(pos, 0xfd)];
const decodedData = usage(pos, 0xfe);
const decodeDataContinued = usage(pos, 0xff);
/** Generic Desktop's Byte Count: how much of Decoded Data this report fills. */
const byteCount = usage(0x01, 0x3b);

/** Where one value sits: the field and which of its elements. */
interface Place {
  field: ReportField;
  index: number;
}

export interface ScannedDataLayout {
  reportId: number;
  data: ReportField;
  byteCount?: Place;
  symbology: Place[];
  continued?: Place;
}

export class HidPosLayoutError extends Error {
  override readonly name = 'HidPosLayoutError';
  constructor() {
    super('该 HID 设备不是 HID POS 扫码枪 / this HID device declares no HID POS scanned-data report (usage page 0x8C, Decoded Data): switch the scanner to HID POS mode, or use it as a keyboard');
  }
}

function place(fields: readonly ReportField[], wanted: number): Place | undefined {
  for (const field of fields) {
    if (field.constant || field.buffered) continue;
    const index = field.usages.indexOf(wanted);
    if (index >= 0 && index < field.count) return { field, index };
  }
  return undefined;
}

/** The scanned-data report's layout from a report descriptor; throws HidPosLayoutError if it has none. */
export function scannedDataLayout(descriptor: Uint8Array): ScannedDataLayout {
  const inputs = parseReportDescriptor(descriptor).filter((field) => field.kind === 'input' && !field.constant);
  const data = inputs.find((field) => field.usages.includes(decodedData) && field.collections.includes(barCodeScannerUsage));
  if (!data || data.bitSize !== 8) throw new HidPosLayoutError();
  const same = inputs.filter((field) => field.reportId === data.reportId);
  const symbology = symbologyIds.map((id) => place(same, id)).filter((found): found is Place => found !== undefined);
  const counted = place(same, byteCount);
  const continued = place(same, decodeDataContinued);
  return { reportId: data.reportId, data, symbology, ...(counted && { byteCount: counted }), ...(continued && { continued }) };
}

export interface ScannedPart {
  bytes: Buffer;
  aim: string;
  continued: boolean;
}

/**
 * One report's share of a scan; undefined for a report that is not the scanned-data report
 * (a status, a trigger). `report` starts with the report id byte when the device numbers them.
 */
export function readScannedPart(layout: ScannedDataLayout, report: Uint8Array): ScannedPart | undefined {
  if (layout.reportId !== 0 && report[0] !== layout.reportId) return undefined;
  const payload = layout.reportId === 0 ? report : report.subarray(1);
  const read = ({ field, index }: Place) => readElement(payload, field, index);
  const start = layout.data.bitOffset >> 3;
  let bytes = Buffer.from(payload.subarray(start, start + layout.data.count));
  // With a byte count the length is known, NULs and all; without one the padding is trailing NULs.
  if (layout.byteCount) bytes = bytes.subarray(0, read(layout.byteCount));
  else bytes = bytes.subarray(0, lastNonZero(bytes) + 1);
  const aim = String.fromCharCode(...layout.symbology.map(read).filter((byte) => byte !== 0));
  return { bytes, aim, continued: layout.continued !== undefined && read(layout.continued) !== 0 };
}

function lastNonZero(bytes: Buffer): number {
  for (let i = bytes.length - 1; i >= 0; i--) if (bytes[i] !== 0) return i;
  return -1;
}

/** Joins the parts of a long code: reports arrive until one does not continue. */
export class ScannedDataAssembler {
  private parts: Buffer[] = [];
  private length = 0;

  constructor(private readonly maxLength = 8192) {}

  /** The whole code once its last part is in; undefined while more are to come. */
  push(part: ScannedPart): { bytes: Buffer; aim: string } | undefined {
    this.length += part.bytes.length;
    if (this.length > this.maxLength) {
      // A stuck continuation flag must not grow memory: what came so far is dropped.
      this.parts = [];
      this.length = 0;
      return undefined;
    }
    this.parts.push(part.bytes);
    if (part.continued) return undefined;
    const bytes = Buffer.concat(this.parts);
    this.parts = [];
    this.length = 0;
    return { bytes, aim: part.aim };
  }

  /** A scanner unplugged mid-code: the part already in is not joined to the next scan. */
  reset(): void {
    this.parts = [];
    this.length = 0;
  }
}
