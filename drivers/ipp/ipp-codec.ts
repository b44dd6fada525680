/**
 * IPP/1.1 messages on the wire (RFC 8010 §3): a version, an operation or status code, a request
 * id, attribute groups each opened by a delimiter tag, the end tag, then the document's bytes.
 * Only what tongban sends and reads is encoded, but every value tag a printer may answer with is
 * decoded (unknown ones kept as bytes), so one odd attribute never loses the whole reply.
 */

export const GroupTag = { operation: 0x01, job: 0x02, end: 0x03, printer: 0x04, unsupported: 0x05 } as const;
export type GroupName = Exclude<keyof typeof GroupTag, 'end'>;

export const ValueTag = {
  unsupported: 0x10,
  unknown: 0x12,
  noValue: 0x13,
  integer: 0x21,
  boolean: 0x22,
  enum: 0x23,
  octetString: 0x30,
  dateTime: 0x31,
  resolution: 0x32,
  rangeOfInteger: 0x33,
  begCollection: 0x34,
  textWithLanguage: 0x35,
  nameWithLanguage: 0x36,
  endCollection: 0x37,
  text: 0x41,
  name: 0x42,
  keyword: 0x44,
  uri: 0x45,
  uriScheme: 0x46,
  charset: 0x47,
  naturalLanguage: 0x48,
  mimeMediaType: 0x49,
  memberAttrName: 0x4a,
} as const;

export type IppValue = string | number | boolean | null | Uint8Array | { lower: number; upper: number } | IppCollection;
export interface IppCollection {
  [member: string]: IppValue[];
}

/** One attribute to send: its syntax and one or more values (1setOf). */
export interface OutAttribute {
  name: string;
  tag: number;
  values: readonly (string | number | boolean)[];
}

/** A request (code: the operation) or, from the test printers, a response (code: the status). */
export interface IppMessage {
  code: number;
  requestId: number;
  groups: readonly { group: GroupName; attributes: readonly OutAttribute[] }[];
  data?: Uint8Array;
}

/** A reply (code: the status) or, at the test printers, a request (code: the operation). */
export interface IppDecoded {
  version: string;
  code: number;
  requestId: number;
  /** Each group as it came, attributes by name; a group the printer sent twice (jobs) stays twice. */
  groups: { group: GroupName | 'other'; attributes: Map<string, IppValue[]> }[];
  /** What follows the attributes: a request's document. */
  data: Buffer;
}

export class IppDecodeError extends Error {
  constructor(detail: string) {
    super(`打印机的回答无法解读 / the printer's IPP reply cannot be read: ${detail}`);
    this.name = 'IppDecodeError';
  }
}

const textTags = new Set<number>([ValueTag.text, ValueTag.name, ValueTag.keyword, ValueTag.uri, ValueTag.uriScheme, ValueTag.charset, ValueTag.naturalLanguage, ValueTag.mimeMediaType, ValueTag.memberAttrName]);
const integerTags = new Set<number>([ValueTag.integer, ValueTag.enum]);

function encodeValue(tag: number, value: string | number | boolean): Buffer {
  if (integerTags.has(tag)) {
    const bytes = Buffer.alloc(4);
    bytes.writeInt32BE(Number(value));
    return bytes;
  }
  if (tag === ValueTag.boolean) return Buffer.from([value ? 1 : 0]);
  if (textTags.has(tag)) return Buffer.from(String(value), 'utf8');
  throw new TypeError(`IPP value tag 0x${tag.toString(16)} is not one tongban sends`);
}

function encodeField(tag: number, name: string, value: Buffer): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const head = Buffer.alloc(3);
  head.writeUInt8(tag, 0);
  head.writeUInt16BE(nameBytes.length, 1);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(value.length);
  return Buffer.concat([head, nameBytes, length, value]);
}

export function encodeMessage(request: IppMessage): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt8(1, 0); // IPP/1.1: what IPP Everywhere printers and CUPS all take
  header.writeUInt8(1, 1);
  header.writeUInt16BE(request.code, 2);
  header.writeInt32BE(request.requestId, 4);
  const parts: Buffer[] = [header];
  for (const { group, attributes } of request.groups) {
    parts.push(Buffer.from([GroupTag[group]]));
    for (const attribute of attributes) {
      // The second and later values of a 1setOf carry an empty name (RFC 8010 §3.1.5).
      attribute.values.forEach((value, i) => parts.push(encodeField(attribute.tag, i === 0 ? attribute.name : '', encodeValue(attribute.tag, value))));
    }
  }
  parts.push(Buffer.from([GroupTag.end]));
  if (request.data) parts.push(Buffer.from(request.data));
  return Buffer.concat(parts);
}

/** A cursor over the reply's bytes that refuses to read past its end. */
class Reader {
  at = 0;
  constructor(readonly bytes: Buffer) {}
  need(count: number): void {
    if (this.at + count > this.bytes.length) throw new IppDecodeError(`cut short at byte ${this.at}`);
  }
  u8(): number {
    this.need(1);
    return this.bytes.readUInt8(this.at++);
  }
  u16(): number {
    this.need(2);
    const value = this.bytes.readUInt16BE(this.at);
    this.at += 2;
    return value;
  }
  take(count: number): Buffer {
    this.need(count);
    const slice = this.bytes.subarray(this.at, this.at + count);
    this.at += count;
    return slice;
  }
}

interface Field {
  tag: number;
  name: string;
  value: Buffer;
}

function readField(reader: Reader, tag: number): Field {
  const name = reader.take(reader.u16()).toString('utf8');
  return { tag, name, value: reader.take(reader.u16()) };
}

function decodeValue(tag: number, value: Buffer): IppValue {
  if (integerTags.has(tag) && value.length === 4) return value.readInt32BE();
  if (tag === ValueTag.boolean && value.length === 1) return value[0] !== 0;
  if (tag === ValueTag.rangeOfInteger && value.length === 8) return { lower: value.readInt32BE(0), upper: value.readInt32BE(4) };
  if (textTags.has(tag)) return value.toString('utf8');
  if (tag === ValueTag.textWithLanguage || tag === ValueTag.nameWithLanguage) {
    const languageLength = value.readUInt16BE(0);
    const textAt = 2 + languageLength;
    return value.subarray(textAt + 2, textAt + 2 + value.readUInt16BE(textAt)).toString('utf8');
  }
  if (tag >= 0x10 && tag <= 0x1f) return null; // out-of-band: unsupported, unknown, no-value
  return new Uint8Array(value);
}

/** The members of a collection up to its endCollection (RFC 8010 §3.1.6), nested ones too. */
function readCollection(reader: Reader): IppCollection {
  const collection: IppCollection = {};
  let member = '';
  for (;;) {
    const field = readField(reader, reader.u8());
    if (field.tag === ValueTag.endCollection) return collection;
    if (field.tag === ValueTag.memberAttrName) {
      member = field.value.toString('utf8');
      collection[member] = [];
      continue;
    }
    const value = field.tag === ValueTag.begCollection ? readCollection(reader) : decodeValue(field.tag, field.value);
    (collection[member] ??= []).push(value);
  }
}

const groupNames = new Map<number, GroupName>(Object.entries(GroupTag).filter(([name]) => name !== 'end').map(([name, tag]) => [tag, name as GroupName]));

export function decodeMessage(bytes: Buffer): IppDecoded {
  const reader = new Reader(bytes);
  const [major, minor] = [reader.u8(), reader.u8()];
  const code = reader.u16();
  reader.need(4);
  const requestId = bytes.readInt32BE(4);
  reader.at = 8;
  const groups: IppDecoded['groups'] = [];
  let current: Map<string, IppValue[]> | undefined;
  let last: IppValue[] | undefined;
  for (;;) {
    const tag = reader.u8();
    if (tag === GroupTag.end) break;
    if (tag < 0x10) {
      current = new Map();
      groups.push({ group: groupNames.get(tag) ?? 'other', attributes: current });
      continue;
    }
    if (!current) throw new IppDecodeError('an attribute came before any group');
    const field = readField(reader, tag);
    const value = tag === ValueTag.begCollection ? readCollection(reader) : decodeValue(tag, field.value);
    if (field.name === '') {
      if (!last) throw new IppDecodeError('an additional value came before any attribute');
      last.push(value);
    } else {
      last = [value];
      current.set(field.name, last);
    }
  }
  return { version: `${major}.${minor}`, code, requestId, groups, data: bytes.subarray(reader.at) };
}

/** The first group of that kind's attributes, or an empty map. */
export function groupOf(response: IppDecoded, group: GroupName): Map<string, IppValue[]> {
  return response.groups.find((g) => g.group === group)?.attributes ?? new Map();
}
