import { EditKeys, Key, KeyRow, letterRows, type PadProps } from './Keys.js';

/** A folder a technician types, such as /media/usb: lower-case letters, digits and what paths use. */
export function PathPad({ onType, onDelete, onClear, onDone }: PadProps) {
  return (
    <div className="letter-pad">
      <KeyRow keys="1234567890" onType={onType} />
      {letterRows.map((row) => (
        <KeyRow key={row} keys={row} onType={onType} />
      ))}
      <div className="key-row">
        {[...'/-_.'].map((key) => (
          <Key key={key} label={key} testId={`key-${key}`} onPress={() => onType(key)} />
        ))}
        <EditKeys onDelete={onDelete} onClear={onClear} onDone={onDone} />
      </div>
    </div>
  );
}
