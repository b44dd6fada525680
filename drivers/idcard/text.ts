/**
 * The 256-byte text block of a second-generation card: UCS-2 little-endian, fixed-width fields
 * padded with spaces. The UCS-2 character at byte 248 says which layout the block uses.
 */
import { checkIdNumber } from '../../standards/id-number.js';
import { ETHNICITY, SEX } from './codes.js';
import { IdCardError, SW3_READ_FAILED } from './status.js';

export const TEXT_BLOCK_SIZE = 256;
const MARKER_OFFSET = 248;
const NO_END_DATE = '长期';

interface Dates {
  /** ISO YYYY-MM-DD; the card's own characters if they are not a valid date (with a warning). */
  birthDate: string;
  validFrom: string;
  /** null: 长期, valid with no end date. */
  validUntil: string | null;
}

interface Sex {
  /** GB/T 2261.1 code as stored: '0' | '1' | '2' | '9'. */
  sexCode: string;
  sex: string;
}

export interface ResidentText extends Dates, Sex {
  cardType: 'resident';
  name: string;
  /** GB/T 3304 code as stored, e.g. '01'. */
  ethnicityCode: string;
  ethnicity: string;
  address: string;
  idNumber: string;
  issuer: string;
}

/** 港澳台居民居住证. */
export interface HkMoTwText extends Dates, Sex {
  cardType: 'hkmotw';
  name: string;
  address: string;
  idNumber: string;
  issuer: string;
  /** 通行证号码. */
  passNumber: string;
  /** 签发次数, as stored ("01"). */
  issueCount: string;
}

/** 外国人永久居留身份证, 2017 ('I') or 2023 ('Y') edition. */
export interface ForeignerText extends Dates, Sex {
  cardType: 'foreigner';
  edition: '2017' | '2023';
  /** The Chinese name when the card has one, else the English name. */
  name: string;
  chineseName: string;
  englishName: string;
  /** ISO 3166-1 alpha-3. */
  nationality: string;
  /** 2017: the 15-character permit number; 2023: the 18-digit number. */
  idNumber: string;
  /** 2017 only: 证件版本号 and 受理机关代码; null on 2023 cards. */
  cardVersion: string | null;
  issuerCode: string | null;
  /** 2023 only: 换证次数; null on 2017 cards. */
  renewalCount: string | null;
}

export interface UnknownText {
  cardType: 'unknown';
  /** The type marker found at byte 248. */
  marker: string;
  raw: Buffer;
}

export type CardText = ResidentText | HkMoTwText | ForeignerText | UnknownText;

type Layout<F extends string> = readonly (readonly [field: F, bytes: number])[];

const RESIDENT_HEAD = [
  ['name', 30], ['sex', 2], ['ethnicity', 4], ['birth', 16], ['address', 70],
  ['idNumber', 36], ['issuer', 30], ['validFrom', 16], ['validUntil', 16],
] as const;
const RESIDENT = [...RESIDENT_HEAD, ['reserved', 36]] as const;
const HKMOTW = [
  ...RESIDENT_HEAD, ['passNumber', 18], ['issueCount', 4], ['reserved1', 6], ['marker', 2], ['reserved2', 6],
] as const;
const FOREIGNER_2017 = [
  ['englishName', 120], ['sex', 2], ['idNumber', 30], ['nationality', 6], ['chineseName', 30],
  ['validFrom', 16], ['validUntil', 16], ['birth', 16], ['cardVersion', 4], ['issuerCode', 8],
  ['marker', 2], ['reserved', 6],
] as const;
const FOREIGNER_2023 = [
  ['chineseName', 30], ['sex', 2], ['renewalCount', 4], ['birth', 16], ['englishName', 70],
  ['idNumber', 36], ['reserved1', 30], ['validFrom', 16], ['validUntil', 16], ['englishName2', 22],
  ['nationality', 6], ['marker', 2], ['reserved2', 6],
] as const;

type FieldOf<L> = L extends Layout<infer F> ? F : never;
type Fields<L> = Record<FieldOf<L>, string>;

export interface DecodedText {
  text: CardText;
  /** Problems a clerk should know of (bad check digit, unknown code); the read still succeeds. */
  warnings: string[];
}

export function decodeText(block: Uint8Array): DecodedText {
  if (block.length !== TEXT_BLOCK_SIZE) {
    throw new RangeError(`text block must be ${TEXT_BLOCK_SIZE} bytes, got ${block.length}`);
  }
  const bytes = Buffer.from(block);
  const warnings: string[] = [];
  const marker = bytes.subarray(MARKER_OFFSET, MARKER_OFFSET + 2).toString('utf16le');
  switch (marker) {
    case ' ':
      return { text: resident(decodeFields(bytes, RESIDENT), warnings), warnings };
    case 'J':
      return { text: hkmotw(decodeFields(bytes, HKMOTW), warnings), warnings };
    case 'I':
      return { text: foreigner2017(decodeFields(bytes, FOREIGNER_2017), warnings), warnings };
    case 'Y':
      return { text: foreigner2023(decodeFields(bytes, FOREIGNER_2023), warnings), warnings };
    default:
      warnings.push(`未知证件类型标识 / unknown card type marker U+${marker.charCodeAt(0).toString(16).padStart(4, '0')}`);
      return { text: { cardType: 'unknown', marker, raw: bytes }, warnings };
  }
}

/** The inverse of decodeText; the simulator uses it to build the blocks a real card holds. */
export function encodeText(text: CardText): Buffer {
  switch (text.cardType) {
    case 'resident':
      return encodeFields(RESIDENT, { ...residentHead(text), ethnicity: text.ethnicityCode });
    case 'hkmotw':
      return encodeFields(HKMOTW, {
        ...residentHead(text), passNumber: text.passNumber, issueCount: text.issueCount, marker: 'J',
      });
    case 'foreigner':
      return text.edition === '2017' ? encodeForeigner2017(text) : encodeForeigner2023(text);
    case 'unknown':
      return Buffer.from(text.raw);
  }
}

function resident(f: Fields<typeof RESIDENT>, warnings: string[]): ResidentText {
  const sexFields = sex(f.sex, warnings);
  const ethnicity = ETHNICITY.get(f.ethnicity);
  if (!ethnicity) warnings.push(`未知民族代码 / unknown ethnicity code "${f.ethnicity}" (GB/T 3304)`);
  return {
    cardType: 'resident', name: f.name, ...sexFields,
    ethnicityCode: f.ethnicity, ethnicity: ethnicity ?? f.ethnicity,
    ...dates(f, warnings), address: f.address, idNumber: checkedId(f.idNumber, warnings), issuer: f.issuer,
  };
}

function hkmotw(f: Fields<typeof HKMOTW>, warnings: string[]): HkMoTwText {
  return {
    cardType: 'hkmotw', name: f.name, ...sex(f.sex, warnings), ...dates(f, warnings),
    address: f.address, idNumber: checkedId(f.idNumber, warnings), issuer: f.issuer,
    passNumber: f.passNumber, issueCount: f.issueCount,
  };
}

function foreigner2017(f: Fields<typeof FOREIGNER_2017>, warnings: string[]): ForeignerText {
  return {
    cardType: 'foreigner', edition: '2017', name: f.chineseName || f.englishName,
    chineseName: f.chineseName, englishName: f.englishName, ...sex(f.sex, warnings), ...dates(f, warnings),
    nationality: f.nationality, idNumber: f.idNumber,
    cardVersion: f.cardVersion, issuerCode: f.issuerCode, renewalCount: null,
  };
}

function foreigner2023(f: Fields<typeof FOREIGNER_2023>, warnings: string[]): ForeignerText {
  // The English name overflows its 35 characters into a second field near the end.
  const englishName = `${f.englishName.padEnd(35)}${f.englishName2}`.trim();
  return {
    cardType: 'foreigner', edition: '2023', name: f.chineseName || englishName,
    chineseName: f.chineseName, englishName, ...sex(f.sex, warnings), ...dates(f, warnings),
    nationality: f.nationality, idNumber: checkedId(f.idNumber, warnings),
    cardVersion: null, issuerCode: null, renewalCount: f.renewalCount,
  };
}

function encodeForeigner2017(text: ForeignerText): Buffer {
  return encodeFields(FOREIGNER_2017, {
    englishName: text.englishName, sex: text.sexCode, idNumber: text.idNumber, nationality: text.nationality,
    chineseName: text.chineseName, ...encodeDates(text),
    cardVersion: text.cardVersion ?? '', issuerCode: text.issuerCode ?? '', marker: 'I',
  });
}

function encodeForeigner2023(text: ForeignerText): Buffer {
  return encodeFields(FOREIGNER_2023, {
    chineseName: text.chineseName, sex: text.sexCode, renewalCount: text.renewalCount ?? '',
    englishName: text.englishName.slice(0, 35), englishName2: text.englishName.slice(35),
    idNumber: text.idNumber, ...encodeDates(text), nationality: text.nationality, marker: 'Y',
  });
}

function residentHead(text: ResidentText | HkMoTwText): Partial<Fields<typeof RESIDENT_HEAD>> {
  return {
    name: text.name, sex: text.sexCode, address: text.address, idNumber: text.idNumber, issuer: text.issuer,
    ...encodeDates(text),
  };
}

function sex(code: string, warnings: string[]): Sex {
  const name = SEX.get(code);
  if (!name) warnings.push(`未知性别代码 / unknown sex code "${code}" (GB/T 2261.1)`);
  return { sexCode: code, sex: name ?? code };
}

function dates(f: { birth: string; validFrom: string; validUntil: string }, warnings: string[]): Dates {
  return {
    birthDate: isoDate(f.birth, ['出生日期', 'birth date'], warnings),
    validFrom: isoDate(f.validFrom, ['有效期起始日期', 'valid-from date'], warnings),
    validUntil: f.validUntil === NO_END_DATE ? null : isoDate(f.validUntil, ['有效期截止日期', 'valid-until date'], warnings),
  };
}

function encodeDates(text: Dates): { birth: string; validFrom: string; validUntil: string } {
  const compact = (iso: string): string => iso.replaceAll('-', '');
  return {
    birth: compact(text.birthDate),
    validFrom: compact(text.validFrom),
    validUntil: text.validUntil === null ? NO_END_DATE : compact(text.validUntil),
  };
}

function isoDate(yyyymmdd: string, [zh, en]: [string, string], warnings: string[]): string {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return `${match[1]}-${match[2]}-${match[3]}`;
  }
  warnings.push(`${zh}无效 / invalid ${en} "${yyyymmdd}"`);
  return yyyymmdd;
}

/** The number is never put in the warning: warnings may reach logs, ID numbers must not. */
function checkedId(id: string, warnings: string[]): string {
  if (!checkIdNumber(id)) {
    warnings.push('身份号码校验位不符，证件可能损坏或伪造 / ID number check digit does not match: card may be damaged or forged');
  }
  return id;
}

/** Inside a card's text, as opposed to its padding: what no card holds and no printer prints. */
const NOT_CARD_TEXT = /[\x00-\x1f\x7f\ud800-\udfff]/u;

/** Thrown for a text block a printed card cannot hold: a bad read (0x41), so the reader reads again. */
export class CardTextError extends IdCardError {
  override readonly name = 'CardTextError';
  constructor(readonly field: string) {
    // The field's name only: its value is the citizen's data.
    super(SW3_READ_FAILED, {
      zh: '读卡数据有误，请重新放置身份证',
      en: `card field "${field}" read with a control character or a broken UTF-16 unit: a bad read, read the card again`,
    });
  }
}

/**
 * One fixed-width UCS-2 field: the spaces and NULs that pad it are trimmed; a NUL, control
 * character or lone surrogate left inside the text is refused with a CardTextError.
 */
export function cardString(bytes: Uint8Array, field: string): string {
  const value = Buffer.from(bytes).toString('utf16le').replace(/[\s\0]+$/u, '');
  if (NOT_CARD_TEXT.test(value)) throw new CardTextError(field);
  return value;
}

/** Reserved fields are the card's business: whatever they hold is never shown, printed or sent. */
function decodeFields<L extends Layout<string>>(block: Buffer, layout: L): Fields<L> {
  const fields: Record<string, string> = {};
  let offset = 0;
  for (const [field, size] of layout) {
    const bytes = block.subarray(offset, offset + size);
    fields[field] = field.startsWith('reserved') ? bytes.toString('utf16le') : cardString(bytes, field);
    offset += size;
  }
  return fields as Fields<L>;
}

function encodeFields<L extends Layout<string>>(layout: L, values: Partial<Fields<L>>): Buffer {
  const parts = layout.map(([field, size]) => {
    const value: string = (values as Partial<Record<string, string>>)[field] ?? '';
    if (value.length * 2 > size) {
      throw new RangeError(`${field} "${value}" is longer than its ${size / 2} characters`);
    }
    return Buffer.from(value.padEnd(size / 2, ' '), 'utf16le');
  });
  return Buffer.concat(parts);
}
