import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldView, KioskError } from '../../api.js';
import type { Answers } from '../../flow/answers.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { PrefilledTag } from './FormFields.js';

type CheckProps = {
  fields: FieldView[];
  answers: Answers;
  onChange: (key: string) => void;
  onSubmit: () => Promise<KioskError | null>;
  /** A 一件事's items, below the title: what this one submit applies for. */
  intro: ReactNode;
};

/** What the citizen will see for a typed answer: a choice by its label, a blank said as such. */
function shown(field: FieldView, answers: Answers, blank: string): string {
  const value = (answers[field.key] ?? '').trim();
  if (!value) return blank;
  return field.options.find((o) => o.value === value)?.label ?? value;
}

/** 核对信息: every answer once more, each typed one with 修改 back to its page; then 提交. */
export function CheckAnswers({ fields, answers, onChange, onSubmit, intro }: CheckProps) {
  const { t } = useTranslation('apply');
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<KioskError | null>(null);
  const submit = async (): Promise<void> => {
    setSending(true);
    setFailure(null);
    // On success the screen changes to Done; only a failure leaves the citizen here.
    const problem = await onSubmit();
    if (!problem) return;
    setFailure(problem);
    setSending(false);
  };
  return (
    <>
      <h2 className="check-title">{t('checkTitle')}</h2>
      <p className="lead">{t('checkLead')}</p>
      {failure && <ErrorPanel error={failure} testId="submit-error" />}
      {intro}
      <dl className="check-answers" data-testid="check-answers">
        {fields.map((field) => (
          <div className="check-row" key={field.key} data-testid={`answer-${field.key}`}>
            <dt>{field.label}</dt>
            <dd>
              <span className="check-value">{field.prefilled ? field.prefilled.display : shown(field, answers, t('notFilled'))}</span>
              {field.prefilled && <PrefilledTag prefilled={field.prefilled} />}
            </dd>
            {/* In a <dd> of its own: a definition list holds only terms and their descriptions. */}
            {!field.prefilled && (
              <dd className="check-change-cell">
                <button type="button" className="secondary check-change" data-testid={`change-${field.key}`} aria-label={t('changeLabel', { label: field.label })} onClick={() => onChange(field.key)}>
                  {t('change')}
                </button>
              </dd>
            )}
          </div>
        ))}
      </dl>
      <button type="button" className="primary main-action" data-testid="submit" disabled={sending} onClick={() => void submit()}>
        {sending ? t('sending') : t('submit')}
      </button>
    </>
  );
}
