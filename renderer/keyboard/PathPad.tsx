import { EditKeys, Key, KeyRow, LetterOrderKey, letterRowsBy, type PadProps } from './Keys.js';
import { useKeyboard } from './KeyboardContext.js';

/** A folder or an address a technician types (/media/usb, https://10.20.0.5:8443): lower-case letters, digits and what paths use. */
export function PathPad({ onType, onDelete, onClear, onDone }: PadProps) {
  const { letterOrder, setLetterOrder } = useKeyboard();
  return (
    <div className="letter-pad">
      <KeyRow keys="1234567890" onType={onType} />
      {letterRowsBy[letterOrder].map((row) => (
        <KeyRow key={row} keys={row} onType={onType} letters />
      ))}
      <div className="key-row">
        <LetterOrderKey order={letterOrder} onChange={setLetterOrder} />
        {[...'/-_.:'].map((key) => (
          <Key key={key} label={key} testId={`key-${key}`} onPress={() => onType(key)} />
        ))}
        <EditKeys onDelete={onDelete} onClear={onClear} onDone={onDone} />
      </div>
    </div>
  );
}
