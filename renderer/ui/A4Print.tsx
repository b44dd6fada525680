import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { A4DocumentReply, A4JobView, RequestOf } from '../api.js';
import { useKiosk, useRequest } from '../transport/context.js';
import { useAction } from '../transport/use-action.js';
import { ErrorPanel } from './ErrorPanel.js';
import { useStateLabels } from './labels.js';
import './a4-print.css';

type Props = {
  what: 'guide' | 'form';
  /** Which document, to count its pages before anything prints. */
  document: RequestOf<'document.pages'>;
  /** Sends it to the printer (or saves it): 'document.guide' or 'document.form'. */
  put: () => Promise<A4DocumentReply>;
  testId: string;
};

/** How often a printing job is asked after: a page takes a few seconds, the count should keep up. */
const followEveryMs = 1000;

/**
 * An A4 document on the terminal's A4 printer: how many pages before the citizen presses, the
 * pages done while it prints, the sheets to take after, and why it stopped with a way to try
 * again once staff fixed the printer. Where the terminal has no A4 printer it says so first.
 */
export function A4Print({ what: kind, document, put, testId }: Props) {
  const { t } = useTranslation('a4');
  const pages = useRequest('document.pages', document);
  const [sent, send] = useAction(put);
  const what = t(kind);
  if (pages.state === 'loading') return <p className="fact fact-wait" data-testid={`${testId}-pages`}>{t('counting')}</p>;
  if (pages.state === 'failed') return <ErrorPanel error={pages.error} testId={`${testId}-error`} />;
  const { to } = pages.value;
  return (
    <div className="a4-print" data-testid={testId}>
      {/* Said before the citizen presses; once saved, the saved line says the same. */}
      {to === 'file' && sent.state !== 'done' && <p className="fact fact-warn" data-testid={`${testId}-no-printer`}>{t('noPrinter')}</p>}
      {sent.state !== 'done' && (
        <button type="button" className="secondary" data-testid={`${testId}-button`} disabled={sent.state === 'busy'} onClick={() => send()}>
          {t(to === 'printer' ? 'print' : 'save', { what, pages: pages.value.pages })}
        </button>
      )}
      {sent.state === 'done' && sent.value.to === 'file' && (
        <p className="fact fact-ok" data-testid={`${testId}-state`}>{t('saved', { what, pages: sent.value.pages })}</p>
      )}
      {sent.state === 'done' && sent.value.to === 'printer' && <A4Job first={sent.value.job} testId={testId} />}
      {sent.state === 'failed' && <ErrorPanel error={sent.error} testId={`${testId}-error`} />}
    </div>
  );
}

/** One job followed to its end; after a stop, the same document again as a new job. */
export function A4Job({ first, testId }: { first: A4JobView; testId: string }) {
  const { t } = useTranslation('a4');
  const labels = useStateLabels();
  const kiosk = useKiosk();
  const [job, setJob] = useState(first);
  const [again, printAgain] = useAction(useCallback(() => kiosk.invoke('document.reprint', { id: job.id }).then(setJob), [kiosk, job.id]));
  const running = job.state === 'queued' || job.state === 'printing';
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => void kiosk.invoke('document.job', { id: job.id }).then(setJob, () => undefined), followEveryMs);
    return () => clearTimeout(timer);
  }, [kiosk, job, running]);
  if (job.state === 'queued') return <p className="fact fact-wait" data-testid={`${testId}-state`} aria-live="polite">{t('queued')}</p>;
  if (job.state === 'printing') {
    return (
      <p className="fact fact-wait" data-testid={`${testId}-state`} aria-live="polite">
        {t('printing', { done: Math.min(job.pagesDone + 1, job.pages), pages: job.pages })}
      </p>
    );
  }
  if (job.state === 'done') return <p className="fact fact-ok" data-testid={`${testId}-state`} aria-live="polite">{t('printed', { sheets: job.sheets, pages: job.pages })}</p>;
  return (
    <>
      <p className="fact fact-warn" data-testid={`${testId}-state`} aria-live="polite">
        {t('failed', { problem: labels.printProblem(job.problem) })}
      </p>
      <button type="button" className="secondary" data-testid={`${testId}-again`} disabled={again.state === 'busy'} onClick={() => printAgain()}>
        {t('again')}
      </button>
      {again.state === 'failed' && <ErrorPanel error={again.error} testId={`${testId}-error`} />}
    </>
  );
}
