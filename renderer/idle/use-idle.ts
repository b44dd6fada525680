import { useEffect, useState } from 'react';

/** How long the "are you still here?" question stays before the session is wiped. */
export const countdownSeconds = 15;

const activity = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export type IdleState = { phase: 'active' } | { phase: 'asking'; secondsLeft: number };

/**
 * Watches for touches while a citizen is mid-flow. After `idleSeconds` untouched it asks, counting
 * down; any touch answers "yes"; at zero `onExpire` wipes the session. Off on the home screen.
 */
export function useIdle(enabled: boolean, idleSeconds: number, onExpire: () => void): IdleState {
  const [state, setState] = useState<IdleState>({ phase: 'active' });
  useEffect(() => {
    if (!enabled) return setState({ phase: 'active' });
    let deadline = Date.now() + idleSeconds * 1000;
    const touched = (): void => {
      deadline = Date.now() + idleSeconds * 1000;
      setState({ phase: 'active' });
    };
    const tick = setInterval(() => {
      const left = Math.ceil((deadline + countdownSeconds * 1000 - Date.now()) / 1000);
      if (left <= 0) onExpire();
      else if (left <= countdownSeconds) setState({ phase: 'asking', secondsLeft: left });
    }, 250);
    for (const type of activity) window.addEventListener(type, touched, { capture: true, passive: true });
    return () => {
      clearInterval(tick);
      for (const type of activity) window.removeEventListener(type, touched, { capture: true });
    };
  }, [enabled, idleSeconds, onExpire]);
  return state;
}
