import { useCallback, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideView, ItemSummary } from '../../api.js';
import type { Action } from '../../flow/flow.js';
import { useRequest, useKiosk } from '../../transport/context.js';
import { HallPlace } from './HallPlace.js';
import { useAction } from '../../transport/use-action.js';
import { A4Print } from '../../ui/A4Print.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { useStateLabels } from '../../ui/labels.js';
import './guide.css';

/** An item's 办事指南, every element of it, for anyone: no card is asked for. */
export function Guide({ item, dispatch }: { item: ItemSummary; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('guide');
  const guide = useRequest('catalog.guide', { itemCode: item.code });
  return (
    <section className="screen guide">
      {guide.state === 'loading' && <p className="waiting">{t('loading')}</p>}
      {guide.state === 'failed' && <ErrorPanel error={guide.error} />}
      {guide.state === 'ready' && <GuideBody guide={guide.value} />}
      {guide.state === 'ready' && <HallPlace itemCode={item.code} />}
      {/*
        Kept in view at the bottom while the guide scrolls, a citizen need not find the end to act;
        two rows at most (one in landscape) and one line of news, so the guide keeps the screen.
      */}
      <div className="guide-actions" data-testid="guide-actions">
        <button type="button" className="primary" data-testid="guide-apply" onClick={() => dispatch({ type: 'apply-here' })}>
          {t('applyHere')}
        </button>
        <button type="button" className="secondary" data-testid="guide-back" onClick={() => dispatch({ type: 'back-to-items' })}>
          {t('back')}
        </button>
        {guide.state === 'ready' && <PrintButtons itemCode={item.code} />}
      </div>
    </section>
  );
}

function GuideBody({ guide }: { guide: GuideView }) {
  return (
    <article className="guide-body" data-testid="guide-body">
      <h1>{guide.title}</h1>
      {guide.subtitle && <p className="lead">{guide.subtitle}</p>}
      {guide.sections.map((section) => (
        <section key={section.heading} className="guide-section">
          <h2>{section.heading}</h2>
          {section.rows && (
            <dl className="guide-rows">
              {section.rows.map(([label, value]) => (
                <div key={label} className="guide-row">
                  <dt>{label}</dt>
                  <dd>{value || '—'}</dd>
                </div>
              ))}
            </dl>
          )}
          {section.paragraphs?.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
    </article>
  );
}

/** The guide on the receipt printer now, or on the A4 printer (saved where the terminal has none). */
function PrintButtons({ itemCode }: { itemCode: string }) {
  const { t } = useTranslation('guide');
  const labels = useStateLabels();
  const kiosk = useKiosk();
  const [slip, printSlip] = useAction(useCallback(() => kiosk.invoke('guide.print', { itemCode }), [kiosk, itemCode]));
  const putA4 = useCallback(() => kiosk.invoke('document.guide', { itemCode }), [kiosk, itemCode]);
  return (
    <>
      <button type="button" className="secondary" data-testid="guide-print" disabled={slip.state === 'busy'} onClick={printSlip}>
        {slip.state === 'busy' ? t('printing') : t('printReceipt')}
      </button>
      <A4Print what="guide" document={{ itemCode }} put={putA4} testId="guide-a4" />
      {slip.state === 'done' && (
        <p data-testid="guide-print-state" className={slip.value.printed ? 'fact fact-ok guide-news' : 'fact fact-warn guide-news'}>
          {slip.value.printed ? t('printed') : t('notPrinted', { problem: labels.printProblem(slip.value.problem) })}
        </p>
      )}
      {slip.state === 'failed' && <ErrorPanel error={slip.error} />}
    </>
  );
}
