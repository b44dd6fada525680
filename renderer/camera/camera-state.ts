/**
 * The document camera as the citizen sees it: one state at a time, so the screen never says
 * "opening" and "cannot be used" together. getUserMedia's failures fold into three reasons a
 * citizen can act on: no camera, a camera another program holds, a camera the page may not use.
 */
export type CameraFailure = 'missing' | 'busy' | 'refused';

export type CameraState = { state: 'opening' } | { state: 'live' } | { state: 'failed'; reason: CameraFailure };

export type CameraEvent = { type: 'playing' } | { type: 'failed'; error: unknown } | { type: 'ended' } | { type: 'retry' };

export const openingCamera: CameraState = { state: 'opening' };

/** DOMException names from getUserMedia (Chromium's older names too) and what they mean here. */
const failureByName: Record<string, CameraFailure> = {
  NotFoundError: 'missing',
  DevicesNotFoundError: 'missing',
  OverconstrainedError: 'missing',
  NotReadableError: 'busy',
  TrackStartError: 'busy',
  AbortError: 'busy',
  NotAllowedError: 'refused',
  PermissionDeniedError: 'refused',
  SecurityError: 'refused',
};

/** Anything unnamed (no mediaDevices at all, a TypeError) is a camera that is not there. */
export function failureOf(error: unknown): CameraFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
  return failureByName[name] ?? 'missing';
}

export function nextCameraState(current: CameraState, event: CameraEvent): CameraState {
  switch (event.type) {
    case 'playing':
      return current.state === 'opening' ? { state: 'live' } : current;
    case 'failed':
      return current.state === 'failed' ? current : { state: 'failed', reason: failureOf(event.error) };
    // Unplugged while on screen: the picture froze, so it is a camera no longer there.
    case 'ended':
      return current.state === 'live' ? { state: 'failed', reason: 'missing' } : current;
    case 'retry':
      return current.state === 'failed' ? openingCamera : current;
  }
}
