/**
 * Case numbers (办件编号) made on the terminal, unique in the fleet without the network: terminal
 * code (6), day (YYYYMMDD), sequence (5), check character (1). One module for making, checking,
 * finding and grouping them, imported by the core, the contract, the wire and the screen.
 */
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const modulus = 37;

/**
 * ISO 7064 MOD 37-2: a pure system over a prime modulus, so every single wrong character and
 * every swap of neighbours changes the check. A case number typed in wrong is refused instead
 * of finding someone else's case. The value 36 has no character in 0-9A-Z (the standard uses
 * '*', which citizens cannot type on our pad), so sequences whose check would be 36 are skipped.
 */
function checkValue(body: string): number {
  let sum = 0;
  for (const char of body) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new TypeError(`case number may hold only 0-9 and A-Z, got "${char}"`);
    sum = ((sum + value) * 2) % modulus;
  }
  return (modulus + 1 - sum) % modulus;
}

/**
 * Terminal code (6), day (YYYYMMDD), sequence (5), check (1): unique in the fleet offline.
 * undefined: this sequence cannot carry a typeable check; take the next one.
 */
export function makeCaseNumber(terminalCode: string, day: string, sequence: number): string | undefined {
  if (!/^[A-Z0-9]{6}$/.test(terminalCode)) throw new TypeError(`terminal code must be 6 of A-Z0-9, got "${terminalCode}"`);
  if (!/^\d{8}$/.test(day)) throw new TypeError(`day must be YYYYMMDD, got "${day}"`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99_999) {
    throw new RangeError(`today's case sequence ${sequence} is outside 1..99999`);
  }
  const body = `${terminalCode}${day}${String(sequence).padStart(5, '0')}`;
  const check = alphabet[checkValue(body)];
  return check === undefined ? undefined : body + check;
}

/** The shape alone, without the check character's meaning: for the wire, where numbers come from terminals. */
export const caseNumberShape = /^[A-Z0-9]{6}\d{13}[0-9A-Z]$/;

export function isValidCaseNumber(caseNumber: string): boolean {
  if (!caseNumberShape.test(caseNumber)) return false;
  return alphabet[checkValue(caseNumber.slice(0, -1))] === caseNumber.slice(-1);
}

/** The number as typed or scanned, in the one spelling every check and store expects. */
export function normalizeCaseNumber(typed: string): string {
  return typed.trim().replace(/[\s-]/g, '').toUpperCase();
}

/**
 * The case number in what a scanner typed: the receipt's QR holds the bare number, but a code
 * from elsewhere (a link with the number in it) still finds it. Text with no such run is returned
 * as typed, for the contract's own check to word the problem.
 */
export function caseNumberInScan(text: string): string {
  return new RegExp(caseNumberShape.source.slice(1, -1)).exec(normalizeCaseNumber(text))?.[0] ?? text.trim();
}

/**
 * Terminal code (6), date (4+4), sequence (5), check character (1): read aloud or copied by an
 * elderly citizen, 20 characters in a row are hopeless; in these chunks they are not.
 */
const chunkLengths = [6, 4, 4, 5, 1];

export function groupCaseNumber(caseNumber: string): string[] {
  const plain = caseNumber.replace(/[\s-]/g, '');
  // Another shape (an official number the platform attached) is shown as it was given.
  if (plain.length !== 20) return [caseNumber.trim()];
  const chunks: string[] = [];
  let at = 0;
  for (const length of chunkLengths) {
    chunks.push(plain.slice(at, at + length));
    at += length;
  }
  return chunks;
}
