/**
 * Text a person meant to write, and a database can store: no control characters (NUL among
 * them: PostgreSQL refuses it, the rest is never meant) and no half of a surrogate pair (not
 * well-formed Unicode, refused as well). One rule for the wire, the contract and the form: a value
 * one of them lets through and another refuses would be accepted on the screen and lost later.
 */

/** Read by code point, a surrogate only matches when it stands alone (a pair is one code point). */
const loneSurrogate = /\p{Cs}/u;
/** C0 and C1 controls and DEL. */
const anyControl = /\p{Cc}/u;
/** The same but tab and newline, which a comment or a detail of several lines holds. */
const controlButTabAndNewline = /[^\P{Cc}\t\n]/u;

/** Where tab and newline are text: a comment, a message. A one-line answer allows neither. */
export type Lines = 'lines' | 'oneLine';

export function hasLoneSurrogate(text: string): boolean {
  return loneSurrogate.test(text);
}

export function hasControlCharacter(text: string, lines: Lines): boolean {
  return (lines === 'lines' ? controlButTabAndNewline : anyControl).test(text);
}

export function isReadableText(text: string, lines: Lines): boolean {
  return !hasLoneSurrogate(text) && !hasControlCharacter(text, lines);
}
