/**
 * What a scanner hands over, whichever way it is attached: the code's text and, when the scanner
 * says, its symbology as the AIM identifier names it (ISO/IEC 15424: "]" + code letter + modifier).
 */
import iconv from 'iconv-lite';

export interface ScannedCode {
  text: string;
  /** "QR", "EAN/UPC", "Code 128"…; undefined when the scanner sends no identifier. */
  symbology?: string;
  /** The AIM identifier as sent, "]Q1"; kept for technicians' logs. */
  aim?: string;
}

/** The AIM code letters a government-hall scanner meets; anything else is named by its letter. */
const aimSymbologies: Readonly<Record<string, string>> = {
  A: 'Code 39',
  C: 'Code 128',
  E: 'EAN/UPC',
  F: 'Codabar',
  I: 'Interleaved 2 of 5',
  L: 'PDF417',
  Q: 'QR',
  d: 'Data Matrix',
  z: 'Aztec',
  X: 'other',
};

export function symbologyOfAim(aim: string): string | undefined {
  if (!/^\][A-Za-z].$/.test(aim)) return undefined;
  return aimSymbologies[aim[1] ?? ''] ?? `AIM ${aim[1] ?? ''}`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * QR codes made by Chinese systems carry UTF-8, or GB18030 (GBK) where the encoder is older;
 * neither says which. Bytes that are not valid UTF-8 are read as GB18030, so 武汉 survives both.
 * A UTF-8 byte-order mark, which some encoders put first, is taken off.
 */
export function decodeCodeBytes(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'gb18030');
  }
}

/** A serial scanner set to send the AIM identifier puts it first: "]Q1WH0001…". */
export function codeFromLine(bytes: Uint8Array, aimPrefixed: boolean): ScannedCode {
  const text = decodeCodeBytes(bytes);
  if (!aimPrefixed) return { text };
  const aim = text.slice(0, 3);
  const symbology = symbologyOfAim(aim);
  return symbology === undefined ? { text } : { text: text.slice(3), symbology, aim };
}
