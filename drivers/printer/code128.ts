/**
 * How a CODE128 barcode is split into code sets. Code set C packs two digits into one symbol,
 * so the digit runs of a case number (date and sequence) take half the width they take in set B:
 * that is what lets a 20-character case number fit on 58 mm paper.
 */

export type Code128Set = 'B' | 'C';

export interface Code128Segment {
  set: Code128Set;
  text: string;
}

/**
 * A digit run goes to set C when it saves symbols: at the start or end of the data from 4 digits,
 * in the middle from 6 (switching in and out costs two symbols). An odd run leaves its first
 * digit in set B, since set C holds only pairs.
 */
export function code128Segments(data: string): Code128Segment[] {
  const segments: Code128Segment[] = [];
  const runs = data.match(/\d+|\D+/g) ?? [];
  let at = 0;
  for (const run of runs) {
    const edge = at === 0 || at + run.length === data.length;
    const packed = /^\d/.test(run) && run.length >= (edge ? 4 : 6);
    at += run.length;
    if (!packed) {
      appendB(segments, run);
      continue;
    }
    if (run.length % 2 === 1) appendB(segments, run.slice(0, 1));
    segments.push({ set: 'C', text: run.slice(run.length % 2) });
  }
  return segments;
}

function appendB(segments: Code128Segment[], text: string): void {
  const last = segments.at(-1);
  if (last?.set === 'B') last.text += text;
  else segments.push({ set: 'B', text });
}

/** Symbols before the stop: start, data, set switches and check character, each 11 modules wide. */
export function code128Symbols(segments: readonly Code128Segment[]): number {
  const data = segments.reduce((sum, s) => sum + (s.set === 'C' ? s.text.length / 2 : s.text.length), 0);
  return 1 + data + (segments.length - 1) + 1;
}

/** Total modules: the symbols, then the 13-module stop pattern (which ends with the final bar). */
export function code128Modules(data: string): number {
  return code128Symbols(code128Segments(data)) * 11 + 13;
}
