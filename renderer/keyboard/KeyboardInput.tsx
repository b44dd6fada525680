import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import { useKeyboard } from './KeyboardContext.js';
import { maxLengthOf, type KeyboardLayout } from './layouts.js';

type Props = {
  layout: KeyboardLayout;
  /** Shown on the keyboard, so the citizen knows which field the keys type into. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  className: string;
  testId: string;
  id?: string;
  labelledBy?: string;
  maxLength?: number;
  /** Opens the keyboard as the field appears, for a screen whose only task is this field. */
  autoFocus?: boolean;
  placeholder?: string;
  /** A search box: the browser's clear button and the search role for screen readers. */
  search?: boolean;
};

/**
 * A text input typed with the on-screen keyboard: touching it opens the keyboard for its
 * layout. It stays a real input, so a scanner that types like a keyboard (keyboard wedge) still
 * works; inputMode "none" keeps any system keyboard away. Keys type at the end of the value.
 */
export function KeyboardInput(props: Props) {
  const { layout, label, value, onChange, className, testId, id, labelledBy, maxLength, autoFocus, placeholder, search } = props;
  const keyboard = useKeyboard();
  const fieldId = useId();
  const element = useRef<HTMLInputElement>(null);
  // The keyboard edits the newest value, even two taps before the owner re-renders.
  const latest = useRef({ value, onChange });
  useLayoutEffect(() => {
    latest.current = { value, onChange };
  }, [value, onChange]);
  const { close } = keyboard;
  useEffect(() => () => close(fieldId), [close, fieldId]);
  // After mount, not React's autoFocus: that focuses before the ref is set, and open() needs it.
  useEffect(() => {
    if (autoFocus) element.current?.focus();
  }, [autoFocus]);

  const open = (): void => {
    if (!element.current || keyboard.target?.id === fieldId) return;
    keyboard.open({
      id: fieldId,
      label,
      layout,
      maxLength: maxLength ?? maxLengthOf(layout),
      element: element.current,
      edit: (change) => {
        const next = change(latest.current.value);
        latest.current = { ...latest.current, value: next };
        latest.current.onChange(next);
      },
    });
  };

  return (
    <input
      ref={element}
      id={id}
      className={className}
      data-testid={testId}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      type={search ? 'search' : 'text'}
      placeholder={placeholder}
      maxLength={maxLength ?? maxLengthOf(layout)}
      data-keyboard={layout}
      value={value}
      inputMode="none"
      autoComplete="off"
      spellCheck={false}
      onFocus={open}
      onClick={open}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
