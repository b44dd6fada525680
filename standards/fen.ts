/**
 * Money in 分 (fen), the smallest unit of the renminbi, as a safe integer everywhere: amounts are
 * added and compared as integers and written as 元 by moving the decimal point in the digits, so no
 * binary fraction ever stands near money. standards/fen.test.ts checks that the payment modules
 * keep to this.
 */

/** The most one payment may be: 1,000,000 元, far above any fee or 非税 notice a terminal takes. */
export const maxFen = 100_000_000;

export function isFen(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= maxFen;
}

/** 12345 fen → "123.45" (元), from the digits alone. */
export function yuanText(fen: number): string {
  if (!isFen(fen)) throw new RangeError(`not an amount in fen: ${String(fen)}`);
  const digits = String(fen).padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** "¥123.45", as on a receipt and the screen. */
export function yuanSign(fen: number): string {
  return `¥${yuanText(fen)}`;
}

/**
 * "10.5" (元, as an older catalog wrote a fee) → 1050 fen, read digit by digit: undefined for
 * anything that is not a plain amount with at most two decimals.
 */
export function fenOfYuanText(text: string): number | undefined {
  const match = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return isFen(fen) ? fen : undefined;
}

/**
 * A catalog fee `{ amountYuan: 10.5 }` as bundles signed before fees were in fen wrote it, read as
 * `{ amountFen: 1050 }`: the kiosk reading its catalog and the platform checking a case's fee read
 * the same bundle the same way.
 */
export function feeInFen(fee: unknown): unknown {
  if (typeof fee !== 'object' || fee === null || !('amountYuan' in fee) || 'amountFen' in fee) return fee;
  const { amountYuan, ...rest } = fee;
  return { ...rest, amountFen: typeof amountYuan === 'number' ? fenOfYuanText(String(amountYuan)) : undefined };
}
