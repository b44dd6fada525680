/** Five taps in the corner within three seconds open technician mode (the gesture technicians are told). */
export const tapsToOpen = 5;
export const tapWindowMs = 3000;
/** The square in the top-right corner, in CSS pixels, where the taps count. */
export const cornerSize = 96;

/** The taps still within the window after one at `now`, and whether they open technician mode. */
export function afterTap(times: readonly number[], now: number): { times: number[]; opens: boolean } {
  const recent = [...times, now].filter((at) => now - at < tapWindowMs);
  return recent.length >= tapsToOpen ? { times: [], opens: true } : { times: recent, opens: false };
}

/** A tap in the top-right corner that fell on no control: a citizen's tap on a control is theirs alone. */
export function isCornerTap(x: number, y: number, width: number, target: EventTarget | null): boolean {
  if (x < width - cornerSize || y > cornerSize) return false;
  return !(target instanceof Element && target.closest('button, a, input, textarea, select, label, [role], [tabindex]'));
}
