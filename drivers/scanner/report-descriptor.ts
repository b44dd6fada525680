/**
 * A USB HID report descriptor read into the fields of each report (HID 1.11, section 6.2.2):
 * where each field sits in its report, how wide it is and which usages it carries. Only what
 * locating a scanner's fields needs: no units, no physical ranges, no long items' contents.
 */

export type ReportKind = 'input' | 'output' | 'feature';

export interface ReportField {
  kind: ReportKind;
  /** 0 when the device numbers no reports. */
  reportId: number;
  /** From the first bit after the report id byte. */
  bitOffset: number;
  bitSize: number;
  count: number;
  /** Page << 16 | id, one per element for a variable field (the last repeats), the list for an array. */
  usages: number[];
  /** Constant padding: no usage, nothing to read. */
  constant: boolean;
  /** Buffered Bytes: the whole field is one value of `count` bytes (HID POS's Decoded Data). */
  buffered: boolean;
  /** The usages of the collections around it, outermost first. */
  collections: number[];
}

export class ReportDescriptorError extends Error {
  override readonly name = 'ReportDescriptorError';
  constructor(detail: string) {
    super(`HID 报告描述符无法解析 / cannot read the HID report descriptor: ${detail}`);
  }
}

interface Globals {
  usagePage: number;
  reportSize: number;
  reportCount: number;
  reportId: number;
}

const mainKinds: Readonly<Record<number, ReportKind>> = { 0x8: 'input', 0x9: 'output', 0xb: 'feature' };

export const usage = (page: number, id: number): number => ((page << 16) | id) >>> 0;

/** The fields of every report the descriptor declares, in descriptor order. */
export function parseReportDescriptor(descriptor: Uint8Array): ReportField[] {
  const fields: ReportField[] = [];
  const offsets = new Map<string, number>();
  const stack: Globals[] = [];
  let globals: Globals = { usagePage: 0, reportSize: 0, reportCount: 0, reportId: 0 };
  let usages: number[] = [];
  let usageMin: number | undefined;
  const collections: number[] = [];
  for (let at = 0; at < descriptor.length; ) {
    const prefix = descriptor[at] ?? 0;
    if (prefix === 0xfe) {
      at += 3 + (descriptor[at + 1] ?? 0); // a long item: no device we meet uses one
      continue;
    }
    const size = [0, 1, 2, 4][prefix & 3] ?? 0;
    if (at + 1 + size > descriptor.length) throw new ReportDescriptorError(`item at byte ${at} runs past the end`);
    const data = readUnsigned(descriptor, at + 1, size);
    const type = (prefix >> 2) & 3;
    const tag = prefix >> 4;
    at += 1 + size;
    // A local usage of 1-2 bytes is on the current page; 4 bytes carry their own page.
    const fullUsage = (value: number) => (size === 4 ? value >>> 0 : usage(globals.usagePage, value));
    if (type === 1) {
      if (tag === 0x0) globals.usagePage = data;
      else if (tag === 0x7) globals.reportSize = data;
      else if (tag === 0x8) globals.reportId = data;
      else if (tag === 0x9) globals.reportCount = data;
      else if (tag === 0xa) stack.push({ ...globals });
      else if (tag === 0xb) globals = stack.pop() ?? globals;
      continue;
    }
    if (type === 2) {
      if (tag === 0x0) usages.push(fullUsage(data));
      else if (tag === 0x1) usageMin = fullUsage(data);
      else if (tag === 0x2 && usageMin !== undefined) for (let u = usageMin; u <= fullUsage(data) && usages.length < 0x10000; u++) usages.push(u);
      continue;
    }
    if (type !== 0) throw new ReportDescriptorError(`reserved item type at byte ${at - 1 - size}`);
    if (tag === 0xa) collections.push(usages[0] ?? 0);
    else if (tag === 0xc) collections.pop();
    const kind = mainKinds[tag];
    if (kind) {
      const key = `${kind}:${globals.reportId}`;
      const bitOffset = offsets.get(key) ?? 0;
      const { reportSize: bitSize, reportCount: count, reportId } = globals;
      fields.push({ kind, reportId, bitOffset, bitSize, count, usages, constant: (data & 0x01) !== 0, buffered: (data & 0x100) !== 0, collections: [...collections] });
      offsets.set(key, bitOffset + bitSize * count);
    }
    usages = [];
    usageMin = undefined;
  }
  return fields;
}

function readUnsigned(bytes: Uint8Array, at: number, size: number): number {
  let value = 0;
  for (let i = size - 1; i >= 0; i--) value = value * 256 + (bytes[at + i] ?? 0);
  return value;
}

/** The value of one element of a field in a report (bytes after the id byte), up to 32 bits. */
export function readElement(payload: Uint8Array, field: Pick<ReportField, 'bitOffset' | 'bitSize'>, index: number): number {
  const start = field.bitOffset + index * field.bitSize;
  let value = 0;
  for (let bit = field.bitSize - 1; bit >= 0; bit--) {
    const position = start + bit;
    value = value * 2 + (((payload[position >> 3] ?? 0) >> (position & 7)) & 1);
  }
  return value;
}
