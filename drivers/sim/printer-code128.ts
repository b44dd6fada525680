/**
 * CODE128 as a printer reads it from GS k 73: the symbol values in the code sets the host chose,
 * the text they stand for, and the bar widths, so the simulator's PNG shows the bars a printer
 * would print (bar, space, bar, ... in modules; every symbol is 11 modules, the stop symbol 13).
 */
const PATTERNS = (
  '212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 ' +
  '122132 122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 ' +
  '321221 312212 322112 322211 212123 212321 232121 111323 131123 131321 112313 132113 132311 ' +
  '211313 231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 231131 213113 ' +
  '213311 213131 311123 311321 331121 312113 312311 332111 314111 221411 431111 111224 111422 ' +
  '121124 121421 141122 141221 112214 112412 122114 122411 142112 142211 241211 221114 413111 ' +
  '241112 134111 111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 214121 ' +
  '412121 111143 111341 131141 114113 114311 411113 411311 113141 114131 311141 411131 211412 ' +
  '211214 211232 2331112'
).split(' ');

const START: Record<string, number> = { A: 103, B: 104, C: 105 };
const SWITCH: Record<string, number> = { A: 101, B: 100, C: 99 };
const STOP = 106;

export interface Code128 {
  /** The start symbol, then data and code-set switches; no check symbol or stop. */
  symbols: number[];
  /** The human-readable text the symbols stand for. */
  text: string;
}

/**
 * Reads the data of GS k 73: '{A' '{B' '{C' select a code set ('{' followed by the set at the
 * start), '{{' is a '{'; in set C each byte is a digit pair (0-99). Data that does not start
 * with a code set is read as set B, as lenient printers do.
 */
export function readEscPosCode128(data: Uint8Array): Code128 {
  const symbols: number[] = [];
  let set = 'B';
  let text = '';
  for (let i = 0; i < data.length; i++) {
    const byte = data[i] ?? 0;
    const next = data[i + 1];
    if (byte === 0x7b && next !== undefined && next !== 0x7b) {
      i++;
      const chosen = String.fromCharCode(next);
      if (!(chosen in START)) continue;
      set = chosen;
      symbols.push((symbols.length === 0 ? START : SWITCH)[set] ?? 0);
      continue;
    }
    if (byte === 0x7b) i++;
    if (symbols.length === 0) symbols.push(START.B ?? 0);
    symbols.push(symbolValue(set, byte));
    text += set === 'C' ? String(byte % 100).padStart(2, '0') : String.fromCharCode(byte);
  }
  return { symbols, text };
}

function symbolValue(set: string, byte: number): number {
  if (set === 'C') return byte % 100;
  if (set === 'A' && byte < 0x20) return byte + 64;
  return (byte - 0x20) & 0x7f;
}

/** Module widths, alternating bar and space, starting with a bar: symbols, check, stop. */
export function code128Bars(symbols: readonly number[]): number[] {
  const check = symbols.reduce((sum, value, index) => sum + value * Math.max(index, 1), 0) % 103;
  return [...symbols, check, STOP].flatMap((value) => [...(PATTERNS[value] ?? '')].map(Number));
}
