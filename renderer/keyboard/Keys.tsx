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
export function KeyRow({ keys, onType, upper }: { keys: string; onType: (key: string) => void; upper?: boolean }) {
  return (
    <div className="key-row">
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
 * Letters in alphabetical order, not QWERTY: many citizens at the kiosk have never used a
 * computer, but everyone who learned pinyin at school learned the alphabet in this order.
 */
export const letterRows = ['abcdefghi', 'jklmnopqr', 'stuvwxyz'];
