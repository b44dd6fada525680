import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem, ItemSummary } from '../../api.js';
import { fieldTargetId } from './FormFields.js';
import { languageOf, saidIn } from '../../../ui-shared/i18n/language.js';

/** 步骤 2/5, in words and as a row of marks, so where one is and how much is left are both plain. */
export function Progress({ at, total }: { at: number; total: number }) {
  const { t } = useTranslation('apply');
  return (
    <div className="form-progress">
      <p className="form-progress-text" data-testid="form-progress">
        {t('step', { n: at + 1, total })}
      </p>
      <ol className="form-progress-marks" aria-hidden="true">
        {Array.from({ length: total }, (_, i) => (
          <li key={i} className={i < at ? 'mark-done' : i === at ? 'mark-now' : 'mark-later'} />
        ))}
      </ol>
    </div>
  );
}

/** 一件事: the items this one form applies for, each becoming its own case. */
export function BundleParts({ parts }: { parts: readonly ItemSummary[] }) {
  const { t } = useTranslation('apply');
  if (parts.length === 0) return null;
  return (
    <div className="bundle-parts">
      <p className="bundle-parts-title">{t('bundleTitle', { count: parts.length })}</p>
      <ol data-testid="bundle-parts">
        {parts.map((part) => (
          <li key={part.code} data-testid={`bundle-part-${part.code}`}>
            <span className="bundle-part-name">{part.name}</span>
            <span className="bundle-part-department">{part.department}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * Every problem of the page at its top, each a link to its field. It takes the focus when it
 * appears (keyed by the attempt, so once per 下一步, never while the citizen types), so a screen
 * reader says it and the citizen starts from the top.
 */
export function ErrorSummary({ problems }: { problems: readonly FieldProblem[] }) {
  const { t, i18n } = useTranslation('apply');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div className="error-panel error-summary" role="alert" tabIndex={-1} ref={box} data-testid="form-errors">
      <p className="error-message">{t('errorsTitle', { count: problems.length })}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.key}>
            <button
              type="button"
              className="error-link"
              data-testid={`error-link-${problem.key}`}
              onClick={() => document.getElementById(fieldTargetId(problem.key))?.focus()}
            >
              {saidIn(languageOf(i18n.language), problem)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
