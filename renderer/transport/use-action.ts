import { useCallback, useEffect, useRef, useState } from 'react';
import type { KioskError } from '../api.js';
import { toKioskError } from './unavailable.js';

export type Outcome<T> = { state: 'idle' } | { state: 'busy' } | { state: 'done'; value: T } | { state: 'failed'; error: KioskError };

/**
 * A request the citizen starts with a button (print, send, call): its outcome to show, and a
 * start that does nothing while one is under way, so a double tap prints one slip. A reply that
 * arrives after the screen closed is dropped.
 */
export function useAction<A extends unknown[], T>(run: (...args: A) => Promise<T>): [Outcome<T>, (...args: A) => void] {
  const [outcome, setOutcome] = useState<Outcome<T>>({ state: 'idle' });
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const start = useCallback((...args: A) => {
    if (busy.current) return;
    busy.current = true;
    setOutcome({ state: 'busy' });
    run(...args).then(
      (value) => mounted.current && setOutcome({ state: 'done', value }),
      (error: unknown) => mounted.current && setOutcome({ state: 'failed', error: toKioskError(error) }),
    ).finally(() => {
      busy.current = false;
    });
  }, [run]);
  return [outcome, start];
}
