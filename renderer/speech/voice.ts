import type { ScreenSettings } from '../api.js';

/** Whether the kiosk reads aloud, and how loud (0–100), for the citizen at the screen. */
export type Voice = Pick<ScreenSettings, 'speech' | 'volume'>;

/** Five steps a finger can tell apart; never 0, which is what 关 is for. */
const step = 20;
const quietest = step;
const loudest = 100;

/**
 * The hall's setting (remote config) until the citizen chooses; a quiet reading room that turned
 * speech off still lets a citizen who needs it turn it on for their visit.
 */
export function voiceFor(chosen: Voice | null, hall: Voice | null): Voice {
  return chosen ?? hall ?? { speech: true, volume: loudest };
}

export function louder(voice: Voice): Voice {
  return { ...voice, volume: Math.min(loudest, onStep(voice.volume) + step) };
}

export function quieter(voice: Voice): Voice {
  return { ...voice, volume: Math.max(quietest, onStep(voice.volume) - step) };
}

export function canGoLouder(voice: Voice): boolean {
  return voice.volume < loudest;
}

export function canGoQuieter(voice: Voice): boolean {
  return voice.volume > quietest;
}

/** A hall's volume may be any number (say 35): the first tap lands on the step below it. */
function onStep(volume: number): number {
  return Math.floor(volume / step) * step;
}
