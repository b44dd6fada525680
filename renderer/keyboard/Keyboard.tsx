import { useLayoutEffect, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CodePad } from './CodePad.js';
import { useKeyboard, type KeyboardTarget } from './KeyboardContext.js';
import type { PadProps } from './Keys.js';
import { NumberPad } from './NumberPad.js';
import { PathPad } from './PathPad.js';
import { PinyinPad } from './PinyinPad.js';
import './keyboard.css';

/**
 * The on-screen keyboard, docked under the screen's content (not over it): the content area
 * shrinks by the keyboard's height and the field is scrolled into what remains, so the keyboard
 * never covers the field being typed into. Place it after <main> in the kiosk's column.
 */
export function KeyboardDock() {
  const { target, close } = useKeyboard();
  if (!target) return null;
  // key: another field starts with nothing half-typed.
  return <Keyboard key={target.id} target={target} onDone={() => close()} />;
}

function Keyboard({ target, onDone }: { target: KeyboardTarget; onDone: () => void }) {
  const { t } = useTranslation('keyboard');
  useLayoutEffect(() => {
    target.element.scrollIntoView({ block: 'center' });
  }, [target.element]);
  const limit = (text: string): string => [...text].slice(0, target.maxLength).join('');
  const keys = {
    onType: (text: string) => target.edit((old) => limit(old + text)),
    onDelete: () => target.edit((old) => [...old].slice(0, -1).join('')),
    onClear: () => target.edit(() => ''),
    onDone: () => {
      target.element.blur();
      onDone();
    },
  };
  return (
    <div className={`keyboard keyboard-${target.layout}`} role="group" aria-label={t('keyboard')} data-testid="keyboard" onPointerDown={keepFocus}>
      <p className="keyboard-for">
        {t('typingInto')}<strong>{target.label}</strong>
      </p>
      {pad(target.layout, keys)}
    </div>
  );
}

function pad(layout: KeyboardTarget['layout'], keys: PadProps) {
  if (layout === 'pinyin') return <PinyinPad {...keys} />;
  if (layout === 'code') return <CodePad {...keys} />;
  if (layout === 'path') return <PathPad {...keys} />;
  return <NumberPad layout={layout} {...keys} />;
}

/** A key press must not take focus from the field, or its caret and focus ring would vanish. */
function keepFocus(event: PointerEvent): void {
  event.preventDefault();
}
