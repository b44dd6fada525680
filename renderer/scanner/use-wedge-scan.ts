import { useEffect, useLayoutEffect, useRef } from 'react';

/** Longer than any code a receipt carries; a stuck key cannot grow the buffer without end. */
const maxScanLength = 1000;

/**
 * A kiosk's QR scanner is a USB keyboard (keyboard wedge): it types the code's text, then Enter.
 * The kiosk has no other keyboard, so keys that reach the page outside a text field are the
 * scanner's; they are collected until Enter and handed over as one scan. Inside a field the
 * field takes them itself, and its form's Enter does the rest.
 */
export function useWedgeScan(onScan: (text: string) => void): void {
  const latest = useRef(onScan);
  useLayoutEffect(() => {
    latest.current = onScan;
  }, [onScan]);
  useEffect(() => {
    let buffer = '';
    const onKey = (event: KeyboardEvent): void => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
      if (event.key === 'Enter') {
        const scanned = buffer;
        buffer = '';
        if (scanned.trim() === '') return;
        // The scanner's Enter ends the code; it must not also press the button last tapped,
        // which keeps the focus (a language switch, 返回首页).
        event.preventDefault();
        latest.current(scanned);
      } else if (event.key.length === 1) {
        buffer = (buffer + event.key).slice(-maxScanLength);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
