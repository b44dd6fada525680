import { EditKeys, KeyRow, LetterOrderKey, letterRowsBy, type PadProps } from './Keys.js';
import { useKeyboard } from './KeyboardContext.js';

/** Digits over capital letters: a case number such as WH0001202611230017K. */
export function CodePad({ onType, onDelete, onClear, onDone }: PadProps) {
  const { letterOrder, setLetterOrder } = useKeyboard();
  return (
    <div className="letter-pad">
      <KeyRow keys="1234567890" onType={onType} />
      {letterRowsBy[letterOrder].map((row) => (
        <KeyRow key={row} keys={row} onType={onType} upper letters />
      ))}
      <div className="key-row">
        <LetterOrderKey order={letterOrder} onChange={setLetterOrder} />
        <EditKeys onDelete={onDelete} onClear={onClear} onDone={onDone} />
      </div>
    </div>
  );
}
