import { EditKeys, KeyRow, letterRows, type PadProps } from './Keys.js';

/** Digits over capital letters: a case number such as WH0001202611230017K. */
export function CodePad({ onType, onDelete, onClear, onDone }: PadProps) {
  return (
    <div className="letter-pad">
      <KeyRow keys="1234567890" onType={onType} />
      {letterRows.map((row) => (
        <KeyRow key={row} keys={row} onType={onType} upper />
      ))}
      <div className="key-row">
        <EditKeys onDelete={onDelete} onClear={onClear} onDone={onDone} />
      </div>
    </div>
  );
}
