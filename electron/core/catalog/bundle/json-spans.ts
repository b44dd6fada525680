/** Where one JSON value lies in UTF-8 bytes: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** The bytes are not one JSON object whose members are all arrays; says what and where. */
export class JsonSpanError extends Error {
  constructor(what: string, at: number) {
    super(`${what} at byte ${at}`);
    this.name = 'JsonSpanError';
  }
}

const quote = 0x22;
const backslash = 0x5c;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const comma = 0x2c;
const colon = 0x3a;

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function skipSpace(bytes: Uint8Array, at: number): number {
  while (isSpace(bytes[at])) at++;
  return at;
}

/** Just past the string whose opening quote is at `at`. UTF-8 never puts an ASCII byte inside a multi-byte character, so bytes can be scanned. */
function endOfString(bytes: Uint8Array, at: number): number {
  let from = at + 1;
  for (;;) {
    const close = bytes.indexOf(quote, from);
    if (close < 0) throw new JsonSpanError('a string never ends', at);
    let slashes = 0;
    while (bytes[close - 1 - slashes] === backslash) slashes++;
    if (slashes % 2 === 0) return close + 1;
    from = close + 1;
  }
}

/**
 * Just past the value that starts at `at`, counting brackets and skipping strings. The value
 * itself is not checked here: each element is parsed on its own later, which checks it.
 */
function endOfValue(bytes: Uint8Array, at: number): number {
  let depth = 0;
  for (let i = at; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === quote) {
      i = endOfString(bytes, i) - 1;
      if (depth === 0) return i + 1;
    } else if (byte === openBrace || byte === openBracket) {
      depth++;
    } else if (byte === closeBrace || byte === closeBracket) {
      if (depth === 0) return i;
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && (byte === comma || isSpace(byte))) {
      return i;
    }
  }
  if (depth > 0) throw new JsonSpanError('a bracket is never closed', at);
  return bytes.length;
}

/** The elements of the array whose '[' is at `at`, and just past its ']'. */
function arrayElements(bytes: Uint8Array, at: number): { elements: Span[]; end: number } {
  const elements: Span[] = [];
  at = skipSpace(bytes, at + 1);
  if (bytes[at] === closeBracket) return { elements, end: at + 1 };
  for (;;) {
    const end = endOfValue(bytes, at);
    if (end === at) throw new JsonSpanError('expected a value', at);
    elements.push({ start: at, end });
    at = skipSpace(bytes, end);
    if (bytes[at] === closeBracket) return { elements, end: at + 1 };
    if (bytes[at] !== comma) throw new JsonSpanError("expected ',' or ']'", at);
    at = skipSpace(bytes, at + 1);
  }
}

function memberName(bytes: Uint8Array, at: number): { name: string; end: number } {
  if (bytes[at] !== quote) throw new JsonSpanError('expected a member name', at);
  const end = endOfString(bytes, at);
  return { name: JSON.parse(new TextDecoder().decode(bytes.subarray(at, end))) as string, end };
}

/**
 * Splits a JSON object whose members are all arrays into the spans of their elements, without
 * parsing the elements: a 40 MB catalog is then parsed and checked a run of elements at a time,
 * and a run's text can be handed on as it is instead of being serialised again. Every byte outside
 * the elements is checked here; the elements are checked when they are parsed. A member named
 * twice is refused, since JSON.parse would silently keep only the last.
 */
export function arrayMembers(bytes: Uint8Array): Map<string, Span[]> {
  const members = new Map<string, Span[]>();
  let at = skipSpace(bytes, 0);
  if (bytes[at] !== openBrace) throw new JsonSpanError("expected '{'", at);
  at = skipSpace(bytes, at + 1);
  while (bytes[at] !== closeBrace) {
    if (members.size > 0) {
      if (bytes[at] !== comma) throw new JsonSpanError("expected ',' or '}'", at);
      at = skipSpace(bytes, at + 1);
    }
    const { name, end } = memberName(bytes, at);
    if (members.has(name)) throw new JsonSpanError(`member "${name}" appears twice`, at);
    at = skipSpace(bytes, end);
    if (bytes[at] !== colon) throw new JsonSpanError("expected ':'", at);
    at = skipSpace(bytes, at + 1);
    if (bytes[at] !== openBracket) throw new JsonSpanError(`member "${name}" is not an array`, at);
    const array = arrayElements(bytes, at);
    members.set(name, array.elements);
    at = skipSpace(bytes, array.end);
  }
  at = skipSpace(bytes, at + 1);
  if (at !== bytes.length) throw new JsonSpanError('unexpected text after the object', at);
  return members;
}
