import { EditKeys, Key, KeyRow } from './Keys.js';
import type { KeyboardLayout } from './layouts.js';

type Props = { layout: KeyboardLayout; onType: (key: string) => void; onDelete: () => void; onClear: () => void; onDone: () => void };

/** The extra key beside 0: X for an ID number's check character, "-" for a date. */
const extraKey: Partial<Record<KeyboardLayout, string>> = { id: 'X', date: '-' };

/** A telephone-style pad, 1 at the top left as on a phone, with the edit keys down the right. */
export function NumberPad({ layout, onType, onDelete, onClear, onDone }: Props) {
  const extra = extraKey[layout];
  return (
    <div className="number-pad">
      <div className="number-keys">
        <KeyRow keys="123" onType={onType} />
        <KeyRow keys="456" onType={onType} />
        <KeyRow keys="789" onType={onType} />
        <div className="key-row">
          {extra ? <Key label={extra} testId={`key-${extra}`} onPress={() => onType(extra)} /> : <span className="key-gap" />}
          <Key label="0" testId="key-0" onPress={() => onType('0')} />
          <span className="key-gap" />
        </div>
      </div>
      <div className="number-edit">
        <EditKeys onDelete={onDelete} onClear={onClear} onDone={onDone} />
      </div>
    </div>
  );
}
