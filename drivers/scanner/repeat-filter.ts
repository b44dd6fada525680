/**
 * A citizen holds the receipt under the scanner and it reads the code again and again; a hand
 * that wobbles reads it twice. The same text within the window counts once; the window restarts
 * with each repeat, so a code held still is one scan however long it is held.
 */
export class RepeatFilter {
  private last: { text: string; at: number } | undefined;

  /** 1 s: longer than a scanner's re-read delay in continuous mode, shorter than a citizen walking back to scan again. */
  constructor(private readonly windowMs = 1000) {}

  /** True when this scan is new; false when it repeats the last one within the window. */
  admit(text: string, now: number): boolean {
    const repeat = this.last !== undefined && this.last.text === text && now - this.last.at < this.windowMs;
    this.last = { text, at: now };
    return !repeat;
  }
}
