import { describe, expect, it } from 'vitest';
import { keyTimings, type KeyTiming } from './fixtures/key-timings.js';
import { WedgeDetector, looksScanned } from './wedge-detector.js';

/** Plays a fixture into a detector: what was scanned, what reached the field, and whether any key of a scan got through. */
function play(fixture: KeyTiming, terminator = 'Enter') {
  const detector = new WedgeDetector();
  const keys = [...fixture.text, terminator];
  let scanned: string | undefined;
  let typed = '';
  keys.forEach((key, i) => {
    const step = detector.key(key, fixture.times[i] ?? 0);
    typed += step.release ?? '';
    if (!step.hold && key.length === 1) typed += key;
    scanned ??= step.scan;
  });
  return { scanned, typed };
}

describe('wedge detection against recorded-style key timings', () => {
  it.each(keyTimings.filter((f) => f.source === 'scanner'))('takes a scanner burst as one scan, nothing typed: $label', (fixture) => {
    expect(looksScanned(fixture.times)).toBe(true);
    expect(play(fixture)).toEqual({ scanned: fixture.text, typed: '' });
    expect(play(fixture, 'Tab')).toEqual({ scanned: fixture.text, typed: '' });
  });

  it.each(keyTimings.filter((f) => f.source === 'person'))('never takes a person for a scanner, and their keys reach the field: $label', (fixture) => {
    expect(looksScanned(fixture.times)).toBe(false);
    expect(play(fixture)).toEqual({ scanned: undefined, typed: fixture.text });
  });

  it('gives a person’s held keys back when they stop typing without Enter', () => {
    const detector = new WedgeDetector();
    expect(detector.key('4', 0).hold).toBe(true);
    expect(detector.key('2', 90).hold).toBe(true);
    expect(detector.idle(200)).toBeUndefined();
    expect(detector.idle(241)).toBe('42');
  });

  it('lets keys that type nothing (Shift, arrows) through', () => {
    expect(new WedgeDetector().key('Shift', 0)).toEqual({ hold: false });
  });
});
