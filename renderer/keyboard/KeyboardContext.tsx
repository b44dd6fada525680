import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LetterOrder } from './Keys.js';
import type { KeyboardLayout } from './layouts.js';

/** The field the keyboard types into. `edit` changes its value through its owner's onChange. */
export type KeyboardTarget = {
  id: string;
  label: string;
  layout: KeyboardLayout;
  maxLength: number;
  element: HTMLElement;
  edit: (change: (old: string) => string) => void;
};

type KeyboardControl = {
  target: KeyboardTarget | null;
  open: (target: KeyboardTarget) => void;
  /** Closes the keyboard if it is typing into this field (or any field, without an id). */
  close: (id?: string) => void;
  /** QWERTY or a–z, kept from field to field while the page runs. */
  letterOrder: LetterOrder;
  setLetterOrder: (order: LetterOrder) => void;
  /** Pinyin or 手写, the way the last Chinese field was written, so the next opens the same way. */
  chineseBy: ChineseInput;
  setChineseBy: (by: ChineseInput) => void;
};

export type ChineseInput = 'pinyin' | 'handwriting';

const KeyboardContext = createContext<KeyboardControl | null>(null);

/** `visit` counts the citizens at the screen: a choice of letters or 手写 is kept only for the one who made it. */
export function KeyboardProvider({ visit = 0, children }: { visit?: number; children: ReactNode }) {
  const [target, setTarget] = useState<KeyboardTarget | null>(null);
  const [letterOrder, setLetterOrder] = useState<LetterOrder>('qwerty');
  const [chineseBy, setChineseBy] = useState<ChineseInput>('pinyin');
  useEffect(() => {
    setLetterOrder('qwerty');
    setChineseBy('pinyin');
  }, [visit]);
  // close keeps its identity, so a field's unmount cleanup does not rerun on every open.
  const close = useCallback((id?: string) => setTarget((now) => (id === undefined || now?.id === id ? null : now)), []);
  const control = useMemo<KeyboardControl>(() => ({ target, open: setTarget, close, letterOrder, setLetterOrder, chineseBy, setChineseBy }), [target, close, letterOrder, chineseBy]);
  return <KeyboardContext.Provider value={control}>{children}</KeyboardContext.Provider>;
}

export function useKeyboard(): KeyboardControl {
  const control = useContext(KeyboardContext);
  if (!control) throw new Error('useKeyboard outside KeyboardProvider');
  return control;
}
