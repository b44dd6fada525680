/**
 * Line layout in printer columns (Font A, 12 x 24 dots): 32 columns on 58 mm paper, 48 on 80 mm.
 * Full-width characters take two columns and are never split across lines.
 */
import { charColumns, textColumns } from './charset.js';

export type Paper = 58 | 80;

export const PAPER: Record<Paper, { columns: number; dots: number }> = {
  58: { columns: 32, dots: 384 },
  80: { columns: 48, dots: 576 },
};

/**
 * Wraps at character boundaries. A break inside a run of ASCII letters moves back to the last
 * space when there is one, so English words and numbers stay whole; CJK text breaks anywhere.
 */
export function wrap(value: string, columns: number): string[] {
  const lines: string[] = [];
  for (const paragraph of value.split('\n')) lines.push(...wrapParagraph(paragraph, columns));
  return lines;
}

function wrapParagraph(paragraph: string, columns: number): string[] {
  const lines: string[] = [];
  let rest = paragraph;
  while (textColumns(rest) > columns) {
    const cut = keepTailCompany(rest, breakPoint(rest, columns), columns);
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  lines.push(rest);
  return lines;
}

/**
 * Columns of real text (not punctuation) a paragraph's last line needs: less, such as "度。" alone
 * under a full line, reads as a stray and is easily torn off or missed.
 */
const SHORTEST_TAIL = 4;

/** The paragraph's last break moves back when what follows it is too short, keeping words and 禁则. */
function keepTailCompany(rest: string, cut: number, columns: number): number {
  const tailAt = (count: number): string => rest.slice(lengthOf(chars, count)).trimStart();
  const chars = [...rest];
  const first = [...rest.slice(0, cut)].length;
  if (textColumns(tailAt(first)) > columns || contentColumns(tailAt(first)) >= SHORTEST_TAIL) return cut;
  let count = first;
  while (count > 1 && (contentColumns(tailAt(count)) < SHORTEST_TAIL || mustStayTogether(chars[count - 1] ?? '', chars[count] ?? ''))) count--;
  return count > 1 && textColumns(tailAt(count)) <= columns ? lengthOf(chars, count) : cut;
}

const contentColumns = (line: string): number => textColumns([...line].filter((c) => c !== ' ' && !NO_LINE_START.has(c) && !NO_LINE_END.has(c)).join(''));

/** Whether a line may not end with `before` and the next begin with `after`: 禁则, or inside a word. */
function mustStayTogether(before: string, after: string): boolean {
  return NO_LINE_START.has(after) || NO_LINE_END.has(before) || (/[\x21-\x7e]/.test(before) && /[\x21-\x7e]/.test(after));
}

/**
 * Kinsoku (禁则): closing punctuation never starts a line and opening punctuation never ends one,
 * as in any Chinese typesetting; a line that would break there gives up its last character.
 */
const NO_LINE_START = new Set([...'。，、；：？！…‥）》」』】〕〉”’·%,.;:?!)]}']);
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);

/** Index (in UTF-16 units) where the first line of `value` ends. */
function breakPoint(value: string, columns: number): number {
  const chars = [...value];
  let used = 0;
  let count = 0;
  while (count < chars.length && used + charColumns(chars[count] ?? '') <= columns) used += charColumns(chars[count++] ?? '');
  const insideWord = /[\x21-\x7e]/.test(chars[count - 1] ?? '') && /[\x21-\x7e]/.test(chars[count] ?? '');
  const space = chars.lastIndexOf(' ', count);
  if (insideWord && space > 0) return lengthOf(chars, space + 1);
  let cut = Math.max(count, 1);
  while (cut > 1 && (NO_LINE_START.has(chars[cut] ?? '') || NO_LINE_END.has(chars[cut - 1] ?? ''))) cut--;
  // A line of nothing but punctuation cannot be helped: break where it fills.
  return lengthOf(chars, cut > 1 ? cut : Math.max(count, 1));
}

const lengthOf = (chars: readonly string[], count: number): number => chars.slice(0, count).join('').length;

/** Columns to leave before something `used` columns wide so it sits at `alignment`. */
export function alignmentPadding(used: number, columns: number, alignment: 'left' | 'center' | 'right'): number {
  const free = Math.max(0, columns - used);
  if (alignment === 'left') return 0;
  return alignment === 'center' ? Math.floor(free / 2) : free;
}

function indentFor(line: string, columns: number, alignment: 'left' | 'center' | 'right'): string {
  return ' '.repeat(alignmentPadding(textColumns(line), columns, alignment));
}

/**
 * A key-value row: key left, value right on one line when both fit with a space between;
 * otherwise the key's lines first and the value's lines right-aligned under them.
 */
export function layoutRow(key: string, value: string, columns: number): string[] {
  const keyColumns = textColumns(key);
  const valueColumns = textColumns(value);
  if (keyColumns + 1 + valueColumns <= columns) {
    return [key + ' '.repeat(columns - keyColumns - valueColumns) + value];
  }
  const valueLines = wrap(value, columns).map((line) => indentFor(line, columns, 'right') + line);
  return [...wrap(key, columns), ...valueLines];
}
