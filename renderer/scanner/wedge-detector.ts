/**
 * Telling a keyboard-wedge scanner from a person by the time between keys. A scanner types a
 * whole code in one burst, a few milliseconds a key (USB polls a keyboard every 1-8 ms), then
 * Enter or Tab; the fastest typists still leave 60 ms and more between most keys. The kiosk's
 * citizens type on the on-screen keyboard, which sends no key events at all: keys that arrive are
 * a scanner's, or a technician's USB keyboard.
 *
 * Pure, with the time passed in: the hook (use-wedge-scan.ts) holds every key back while a run
 * may still be a scan, and gets the keys back to type into the field once it is plainly a person.
 */

export interface WedgeTiming {
  /** A run of keys ends after this much silence; a scanner never pauses so long inside a code. */
  splitGapMs: number;
  /** Half the gaps or more must be this short for a scan (a loaded machine delays some keys). */
  scanGapMs: number;
  /** Shorter runs are a person's: a code worth scanning has more characters than this. */
  minScanLength: number;
}

export const defaultWedgeTiming: WedgeTiming = { splitGapMs: 150, scanGapMs: 35, minScanLength: 4 };

/** Whether keys typed at these times (ms, the terminator's included) are a scanner's burst. */
export function looksScanned(times: readonly number[], timing: WedgeTiming = defaultWedgeTiming): boolean {
  if (times.length < timing.minScanLength + 1) return false;
  const gaps = times.slice(1).map((at, i) => at - (times[i] ?? at));
  if (gaps.some((gap) => gap > timing.splitGapMs)) return false;
  const sorted = [...gaps].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) / 2)] ?? Infinity) <= timing.scanGapMs;
}

/** What the hook does with a key: hold it back (a scan may be under way) or let it through. */
export interface WedgeStep {
  hold: boolean;
  /** A whole scan, ended by Enter or Tab. */
  scan?: string;
  /** Keys held back that turned out to be a person's: typed into the field after all. */
  release?: string;
}

export class WedgeDetector {
  private chars = '';
  private times: number[] = [];
  /** Keys of a run already found to be a person's pass straight through until it ends. */
  private personLastAt: number | undefined;

  constructor(private readonly timing: WedgeTiming = defaultWedgeTiming) {}

  /** When `idle` should be called, if keys are held. */
  get deadline(): number | undefined {
    const last = this.times.at(-1);
    return last === undefined ? undefined : last + this.timing.splitGapMs;
  }

  key(key: string, at: number): WedgeStep {
    const release = this.idle(at);
    const step = this.take(key, at);
    return release === undefined ? step : { ...step, release: (release ?? '') + (step.release ?? '') };
  }

  /** The held keys, once the run has ended without a terminator: a person's. */
  idle(at: number): string | undefined {
    const deadline = this.deadline;
    if (deadline === undefined || at <= deadline) return undefined;
    return this.reset();
  }

  private take(key: string, at: number): WedgeStep {
    if (this.personLastAt !== undefined && at - this.personLastAt <= this.timing.splitGapMs) {
      this.personLastAt = key === 'Enter' || key === 'Tab' ? undefined : at;
      return { hold: false };
    }
    this.personLastAt = undefined;
    if (key === 'Enter' || key === 'Tab') {
      if (this.chars.trim() !== '' && looksScanned([...this.times, at], this.timing)) return { hold: true, scan: this.reset() };
      const held = this.reset();
      return held === '' ? { hold: false } : { hold: false, release: held };
    }
    if (key.length !== 1) return { hold: false };
    this.chars += key;
    this.times.push(at);
    // Plainly a person already: no need to keep their keys from the field any longer.
    if (this.times.length >= 8 && !this.fastSoFar()) {
      this.personLastAt = at;
      return { hold: true, release: this.reset() };
    }
    // Longer than any code a receipt carries: a stuck key cannot hold keys back without end.
    if (this.chars.length > 2000) return { hold: true, release: this.reset() };
    return { hold: true };
  }

  private fastSoFar(): boolean {
    const gaps = this.times.slice(1).map((at, i) => at - (this.times[i] ?? at));
    const slow = gaps.filter((gap) => gap > this.timing.scanGapMs).length;
    return slow <= gaps.length / 2;
  }

  private reset(): string {
    const held = this.chars;
    this.chars = '';
    this.times = [];
    return held;
  }
}
