import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem, FieldView, KioskError } from '../../api.js';
import { answersToSubmit, type Answers } from '../../flow/answers.js';
import { useKiosk } from '../../transport/context.js';
import { languageOf, saidIn, type Language } from '../../../ui-shared/i18n/language.js';
import { toKioskError } from '../../transport/unavailable.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { ErrorSummary } from './FormChrome.js';
import { Field } from './FormFields.js';

type QuestionPageProps = {
  itemCode: string;
  fields: FieldView[];
  answers: Answers;
  onAnswer: (key: string, value: string) => void;
  onNext: () => void;
  /** What the page says before its questions (a 一件事's items): below the error summary, which comes first. */
  intro: ReactNode;
};

/**
 * One page of questions. 下一步 checks this page only, every field at once in the core's (and the
 * catalog's) words: what is missing and what is wrong together, never one round after another.
 */
export function QuestionPage({ itemCode, fields, answers, onAnswer, onNext, intro }: QuestionPageProps) {
  const { t, i18n } = useTranslation('apply');
  const kiosk = useKiosk();
  // Shown only after 下一步: red marks before the citizen has tried are just noise.
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<KioskError | null>(null);

  const next = async (): Promise<void> => {
    setFailure(null);
    setAttempt((n) => n + 1);
    setChecking(true);
    try {
      const keys = fields.map((f) => f.key);
      const found = await kiosk.invoke('form.check', { itemCode, answers: answersToSubmit(fields, answers), keys });
      setProblems(found);
      if (found.length === 0) onNext();
    } catch (error) {
      setFailure(toKioskError(error));
    } finally {
      setChecking(false);
    }
  };

  const change = (key: string, value: string): void => {
    onAnswer(key, value);
    setProblems((old) => old.filter((p) => p.key !== key));
  };

  return (
    <>
      {problems.length > 0 && <ErrorSummary key={attempt} problems={problems} />}
      {failure && <ErrorPanel error={failure} testId="submit-error" />}
      {intro}
      {fields.some((f) => f.prefilled) && <p className="prefilled-note">{t('prefilledNote')}</p>}
      {fields.map((field) => (
        <Field
          key={field.key}
          field={field}
          value={answers[field.key] ?? ''}
          problem={problemOf(problems, field.key, languageOf(i18n.language))}
          onChange={(value) => change(field.key, value)}
        />
      ))}
      <button type="button" className="primary main-action" data-testid="form-next" disabled={checking} onClick={() => void next()}>
        {checking ? t('checking') : t('next')}
      </button>
    </>
  );
}

function problemOf(problems: readonly FieldProblem[], key: string, language: Language): string | undefined {
  const problem = problems.find((p) => p.key === key);
  return problem && saidIn(language, problem);
}
