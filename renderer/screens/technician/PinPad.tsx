import { useState } from 'react';
import { NumberPad } from '../../keyboard/NumberPad.js';
import { Both } from './Both.js';

const longest = 12;

/** The PIN typed on the screen's own digit keys (no system keyboard in a kiosk), shown only as dots. */
export function PinPad({ busy, onSubmit }: { busy: boolean; onSubmit: (pin: string) => void }) {
  const [pin, setPin] = useState('');
  const submit = () => {
    if (busy || pin.length < 6) return;
    onSubmit(pin);
    setPin('');
  };
  return (
    <div className="pin-pad">
      <p className="pin-prompt">
        <Both word="pinPrompt" />
      </p>
      <output className="pin-display" data-testid="pin-display" aria-live="polite">
        {'●'.repeat(pin.length) || '\u00a0'}
      </output>
      <p className="pin-hint">
        <Both word="pinDigits" />
      </p>
      <NumberPad
        layout="number"
        onType={(digit) => setPin((typed) => (typed.length < longest ? typed + digit : typed))}
        onDelete={() => setPin((typed) => typed.slice(0, -1))}
        onClear={() => setPin('')}
        onDone={submit}
      />
    </div>
  );
}
