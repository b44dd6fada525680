import { useEffect, useLayoutEffect, useRef } from 'react';
import { WedgeDetector } from './wedge-detector.js';

const isField = (element: Element | null): element is HTMLInputElement | HTMLTextAreaElement =>
  element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;

/** Types a person's held-back keys into the field as the browser would have, so React hears them. */
function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const prototype = field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, field.value.slice(0, start) + text + field.value.slice(end));
  field.setSelectionRange(start + text.length, start + text.length);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * A kiosk's keyboard-wedge scanner types the code, then Enter or Tab. Every key from a real
 * keyboard is held back while its run may still be a scan (wedge-detector.ts): a scan never
 * reaches a focused field and its Enter presses no button; a person's keys (a technician's USB
 * keyboard) are typed into the field as soon as they are plainly a person's. The on-screen
 * keyboard sends no key events (its keys edit the value), so it is never taken for a scanner.
 */
export function useWedgeScan(onScan: (text: string) => void, enabled = true): void {
  const latest = useRef(onScan);
  useLayoutEffect(() => {
    latest.current = onScan;
  }, [onScan]);
  useEffect(() => {
    if (!enabled) return;
    const detector = new WedgeDetector();
    let heldFor: Element | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const release = (text: string | undefined) => {
      if (text && isField(heldFor) && document.activeElement === heldFor) typeInto(heldFor, text);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (!event.isTrusted || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
      const step = detector.key(event.key, event.timeStamp);
      release(step.release);
      if (step.hold) {
        event.preventDefault();
        event.stopPropagation();
        heldFor = document.activeElement;
      }
      if (step.scan !== undefined) latest.current(step.scan);
      clearTimeout(timer);
      const deadline = detector.deadline;
      if (deadline !== undefined) timer = setTimeout(() => release(detector.idle(performance.now())), deadline - event.timeStamp + 1);
    };
    // Capture: the keys are judged before any field or button sees them.
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [enabled]);
}
