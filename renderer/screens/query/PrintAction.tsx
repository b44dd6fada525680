import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskError, PrintResult } from '../../api.js';
import { toKioskError } from '../../transport/unavailable.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { useStateLabels } from '../../ui/labels.js';

type Printing = { state: 'idle' } | { state: 'printing' } | { state: 'done'; result: PrintResult } | { state: 'failed'; error: KioskError };

type Props = { testId: string; label: string; printedWords: string; print: () => Promise<PrintResult> };

/** One button that prints on the receipt printer and then says, in words, whether paper came out. */
export function PrintAction({ testId, label, printedWords, print }: Props) {
  const { t } = useTranslation('query');
  const labels = useStateLabels();
  const [printing, setPrinting] = useState<Printing>({ state: 'idle' });
  const press = async (): Promise<void> => {
    setPrinting({ state: 'printing' });
    try {
      setPrinting({ state: 'done', result: await print() });
    } catch (error) {
      setPrinting({ state: 'failed', error: toKioskError(error) });
    }
  };
  return (
    <div className="print-action">
      <button type="button" className="secondary" data-testid={testId} disabled={printing.state === 'printing'} onClick={() => void press()}>
        {printing.state === 'printing' ? t('printing') : label}
      </button>
      {printing.state === 'done' && (
        <p data-testid={`${testId}-state`} className={printing.result.printed ? 'fact fact-ok' : 'fact fact-warn'}>
          {printing.result.printed ? printedWords : t('notPrinted', { problem: labels.printProblem(printing.result.problem) })}
        </p>
      )}
      {printing.state === 'failed' && <ErrorPanel error={printing.error} testId={`${testId}-error`} />}
    </div>
  );
}
