import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What every letter or digit pad takes from the keyboard dock. */
export type PadProps = { onType: (key: string) => void; onDelete: () => void; onClear: () => void; onDone: () => void };

type KeyProps = { label: ReactNode; onPress: () => void; testId: string; className?: string; ariaLabel?: string; disabled?: boolean };

/** One key. Pressing it acts on pointer-down's click; the dock keeps focus in the field. */
export function Key({ label, onPress, testId, className, ariaLabel, disabled }: KeyProps) {
  return (
    <button type="button" className={`key ${className ?? ''}`} data-testid={testId} aria-label={ariaLabel} disabled={disabled} onClick={onPress}>
      {label}
    </button>
  );
}

/** A row of character keys; each types its own character through `onType`. */
export function KeyRow({ keys, onType, upper, letters }: { keys: string; onType: (key: string) => void; upper?: boolean; letters?: boolean }) {
  return (
    <div className={letters ? 'key-row letter-row' : 'key-row'}>
      {[...keys].map((key) => (
        <Key key={key} label={upper ? key.toUpperCase() : key} testId={`key-${key}`} onPress={() => onType(upper ? key.toUpperCase() : key)} />
      ))}
    </div>
  );
}

/** 删除, 清空, 完成: the same three keys, in the same words, on every layout. */
export function EditKeys({ onDelete, onClear, onDone }: { onDelete: () => void; onClear: () => void; onDone: () => void }) {
  const { t } = useTranslation('keyboard');
  return (
    <>
      <Key label={t('delete')} className="key-edit" testId="key-delete" onPress={onDelete} />
      <Key label={t('clear')} className="key-edit" testId="key-clear" onPress={onClear} />
      <Key label={t('done')} className="key-done" testId="key-done" onPress={onDone} />
    </>
  );
}

/**
 * Letters as on a phone (QWERTY), the layout most people who type at all know; a–z order is a
 * tap away for those who learned only the alphabet at school (useLetterOrder).
 */
export type LetterOrder = 'qwerty' | 'alphabet';

export const letterRowsBy: Record<LetterOrder, readonly string[]> = {
  qwerty: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  alphabet: ['abcdefghi', 'jklmnopqr', 'stuvwxyz'],
};

/** The switch between the two orders, shown on every pad with letters. */
export function LetterOrderKey({ order, onChange }: { order: LetterOrder; onChange: (order: LetterOrder) => void }) {
  const { t } = useTranslation('keyboard');
  const other: LetterOrder = order === 'qwerty' ? 'alphabet' : 'qwerty';
  // The visible word starts the accessible name (WCAG 2.5.3), which says what it does.
  return <Key label={t(other)} ariaLabel={t(`${other}Name`)} className="key-mode" testId="letter-order" onPress={() => onChange(other)} />;
}
