import { describe, expect, it } from 'vitest';
import { failureOf, nextCameraState, openingCamera, type CameraState } from './camera-state.js';

const named = (name: string) => Object.assign(new Error(name), { name });

describe('the document camera state', () => {
  it('is live only once the picture plays', () => {
    expect(nextCameraState(openingCamera, { type: 'playing' })).toEqual({ state: 'live' });
  });

  it('tells no camera, a busy camera and a refused one apart', () => {
    expect(failureOf(named('NotFoundError'))).toBe('missing');
    expect(failureOf(named('NotReadableError'))).toBe('busy');
    expect(failureOf(named('NotAllowedError'))).toBe('refused');
    // navigator.mediaDevices missing altogether throws a TypeError: no camera to use.
    expect(failureOf(new TypeError('undefined is not an object'))).toBe('missing');
  });

  it('stays failed when a late playing event arrives, so the screen never says both', () => {
    const failed = nextCameraState(openingCamera, { type: 'failed', error: named('NotReadableError') });
    expect(failed).toEqual({ state: 'failed', reason: 'busy' });
    expect(nextCameraState(failed, { type: 'playing' })).toBe(failed);
    expect(nextCameraState(failed, { type: 'failed', error: named('NotFoundError') })).toBe(failed);
  });

  it('a camera unplugged while live is missing; a retry opens it again', () => {
    const live: CameraState = { state: 'live' };
    const lost = nextCameraState(live, { type: 'ended' });
    expect(lost).toEqual({ state: 'failed', reason: 'missing' });
    expect(nextCameraState(lost, { type: 'retry' })).toEqual(openingCamera);
    expect(nextCameraState(live, { type: 'retry' })).toBe(live);
  });
});
