/**
 * GB 11643 公民身份号码: 6 digits of region, 8 of birth date, 3 of sequence, 1 check character
 * (ISO 7064 MOD 11-2). Pure, importing nothing: the screen checks a typed number before sending
 * it, the core checks it again, and the card driver checks what a card says, all with this one.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`expected 17 digits, got "${first17}"`);
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

/** True when an 18-character citizen ID number's last character matches its check digit. */
export function checkIdNumber(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  return idCheckCharacter(id.slice(0, 17)) === id.slice(17).toUpperCase();
}

/** What is wrong with a typed ID number, as a code the screen words for the citizen. */
export type IdNumberProblem = 'length' | 'characters' | 'birthDate' | 'checkDigit';

/** The number as typed or scanned, in the one spelling every check and store expects. */
export function normalizeIdNumber(typed: string): string {
  return typed.replace(/\s/g, '').toUpperCase();
}

/**
 * The first thing wrong with a typed number, or undefined when it is a possible one. The birth
 * date is checked before the check digit: "that date does not exist" helps more than "last digit".
 */
export function idNumberProblem(typed: string, today: Date = new Date()): IdNumberProblem | undefined {
  const id = normalizeIdNumber(typed);
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'characters';
  if (!isPossibleBirthDate(id.slice(6, 14), today)) return 'birthDate';
  return checkIdNumber(id) ? undefined : 'checkDigit';
}

/** A real calendar day, not after today and not before the oldest person who could hold a card. */
function isPossibleBirthDate(yyyymmdd: string, today: Date): boolean {
  const [year, month, day] = [yyyymmdd.slice(0, 4), yyyymmdd.slice(4, 6), yyyymmdd.slice(6, 8)].map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1880 && date.getTime() <= today.getTime();
}

/** Whole years of age on `day` (YYYY-MM-DD) of the holder of an 18-character number. */
export function ageOn(id: string, day: string): number {
  const born = id.slice(6, 14);
  const today = day.replaceAll('-', '');
  const years = Number(today.slice(0, 4)) - Number(born.slice(0, 4));
  return today.slice(4) < born.slice(4) ? years - 1 : years;
}
