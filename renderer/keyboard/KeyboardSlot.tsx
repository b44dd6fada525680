import { Suspense, useRef } from 'react';
import { KeyboardDock } from '../lazy-screens.js';
import { useKeyboard } from './KeyboardContext.js';

/**
 * Where the keyboard docks. Its chunk (with the pinyin lexicon) is asked for when a field first
 * opens it, or by the preload once the home is drawn; never before the first paint.
 */
export function KeyboardSlot() {
  const { target } = useKeyboard();
  const opened = useRef(false);
  if (target) opened.current = true;
  if (!opened.current) return null;
  return (
    <Suspense fallback={null}>
      <KeyboardDock />
    </Suspense>
  );
}
