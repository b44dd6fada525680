/**
 * A citizen holds the receipt under the scanner and it reads the code again and again; a hand
 * that wobbles reads it twice. The same text within the window counts once; the window restarts
 * with each repeat, so a code held still is one scan however long it is held.
 */
export class RepeatFilter {
  private last: { text: string; at: number } | undefined;

  constructor(private readonly windowMs = 1500) {}

  /** True when this scan is new; false when it repeats the last one within the window. */
  admit(text: string, now: number): boolean {
    const repeat = this.last !== undefined && this.last.text === text && now - this.last.at < this.windowMs;
    this.last = { text, at: now };
    return !repeat;
  }
}
