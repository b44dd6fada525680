import { useMemo, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemSummary, KioskError, ReplyOf } from '../../api.js';
import { answersToSubmit, type Answers } from '../../flow/answers.js';
import type { Action } from '../../flow/flow.js';
import { checkStep, formSteps, stepOf } from '../../flow/form-pages.js';
import { useRequest } from '../../transport/context.js';
import { ErrorPanel } from '../../ui/ErrorPanel.js';
import { scrollToTop } from '../../ui/scroll-to-top.js';
import { CheckAnswers } from './CheckAnswers.js';
import { BundleParts, Progress } from './FormChrome.js';
import { NotEligible } from './NotEligible.js';
import { QuestionPage } from './QuestionPage.js';
import './apply.css';

type LoadedForm = ReplyOf<'form.get'>;

type FormProps = {
  item: ItemSummary;
  /** What the citizen typed in this form before, kept while they looked elsewhere. */
  draft?: Answers;
  /** Back from the materials: open on 核对信息. */
  atCheck?: boolean;
  dispatch: Dispatch<Action>;
};

export function Form({ item, draft, atCheck, dispatch }: FormProps) {
  const { t } = useTranslation('apply');
  const [attempt, setAttempt] = useState(0);
  const form = useRequest('form.get', { itemCode: item.code }, attempt);
  return (
    <section className="screen form">
      <h1>{item.name}</h1>
      <p className="lead">{item.department}</p>
      {form.state === 'loading' && <p className="waiting">{t('loading')}</p>}
      {form.state === 'failed' && <ErrorPanel error={form.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {form.state === 'ready' && form.value.refused.length > 0 && <NotEligible refused={form.value.refused} onChooseOther={() => dispatch({ type: 'back-to-items' })} />}
      {form.state === 'ready' && form.value.refused.length === 0 && <FormSteps form={form.value} draft={draft ?? {}} atCheck={atCheck === true} dispatch={dispatch} />}
    </section>
  );
}

/**
 * The form a page at a time, then 核对信息. A 修改 there opens the answer's page, and 下一步
 * from it comes straight back to the check page instead of through every page again.
 */
function FormSteps({ form, draft, atCheck, dispatch }: { form: LoadedForm; draft: Answers; atCheck: boolean; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('apply');
  const steps = useMemo(() => formSteps(form.fields), [form.fields]);
  const [at, setAt] = useState(() => (atCheck ? checkStep(steps) : 0));
  const [answers, setAnswers] = useState<Answers>(draft);
  const [changing, setChanging] = useState(false);
  const step = steps[at] ?? { kind: 'check' };
  const go = (next: number): void => {
    setAt(next);
    scrollToTop();
  };

  // The case is submitted after the materials step, which holds these answers until then.
  const submit = async (): Promise<KioskError | null> => {
    dispatch({ type: 'answered', answers: answersToSubmit(form.fields, answers) });
    return null;
  };

  return (
    <>
      <Progress at={at} total={steps.length} />
      {step.kind === 'questions' ? (
        <QuestionPage
          key={at}
          intro={
            <>
              {at === 0 && <BundleParts parts={form.parts} />}
              {form.certificatesUnavailable && (
                <p className="notice" role="status" data-testid="certificates-unavailable">
                  {t('certificatesUnavailable')}
                </p>
              )}
            </>
          }
          itemCode={form.item.code}
          fields={step.fields}
          answers={answers}
          onAnswer={(key, value) => setAnswers((old) => ({ ...old, [key]: value }))}
          onNext={() => go(changing ? checkStep(steps) : at + 1)}
        />
      ) : (
        <CheckAnswers
          intro={<BundleParts parts={form.parts} />}
          fields={form.fields}
          answers={answers}
          onSubmit={submit}
          onChange={(key) => {
            setChanging(true);
            go(stepOf(steps, key));
          }}
        />
      )}
      <div className="form-nav">
        {at > 0 && (
          <button type="button" className="secondary" data-testid="form-prev" onClick={() => go(at - 1)}>
            {t('previous')}
          </button>
        )}
        {at === 0 && (
          <button type="button" className="secondary" data-testid="form-back" onClick={() => dispatch({ type: 'back-to-items', answers })}>
            {t('chooseOther')}
          </button>
        )}
      </div>
    </>
  );
}
