import { useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldView, ItemSummary } from '../api.js';
import { answersToSubmit, missingFields, type Answers } from '../flow/answers.js';
import type { Action } from '../flow/flow.js';
import { useRequest } from '../transport/context.js';
import { ErrorPanel } from '../ui/ErrorPanel.js';
import { scrollToTop } from '../ui/scroll-to-top.js';
import { Field } from './FormFields.js';

export function Form({ item, dispatch }: { item: ItemSummary; dispatch: Dispatch<Action> }) {
  const [attempt, setAttempt] = useState(0);
  const form = useRequest('form.get', { itemCode: item.code }, attempt);
  return (
    <section className="screen form">
      <h1>{item.name}</h1>
      <p className="lead">{item.department}</p>
      {form.state === 'loading' && <p className="waiting">正在加载……</p>}
      {form.state === 'failed' && <ErrorPanel error={form.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {form.state === 'ready' && <FormBody fields={form.value.fields} dispatch={dispatch} />}
      <button type="button" className="secondary" data-testid="form-back" onClick={() => dispatch({ type: 'back-to-items' })}>
        选择其他事项
      </button>
    </section>
  );
}

function FormBody({ fields, dispatch }: { fields: FieldView[]; dispatch: Dispatch<Action> }) {
  const { t } = useTranslation('materials');
  const [answers, setAnswers] = useState<Answers>({});
  // Shown only after a 提交 attempt: red marks before the citizen has tried are just noise.
  const [missing, setMissing] = useState<FieldView[]>([]);

  // The case is submitted after the materials step, which holds these answers until then.
  const next = (): void => {
    const stillMissing = missingFields(fields, answers);
    setMissing(stillMissing);
    if (stillMissing.length > 0) return scrollToTop();
    dispatch({ type: 'answered', answers: answersToSubmit(fields, answers) });
  };

  const change = (key: string, value: string): void => {
    setAnswers((old) => ({ ...old, [key]: value }));
    setMissing((old) => old.filter((field) => field.key !== key || !value.trim()));
  };

  return (
    <>
      {missing.length > 0 && (
        <div className="error-panel" role="alert" data-testid="form-errors">
          <p className="error-message">还有 {missing.length} 项没有填写：</p>
          <p className="error-hint">{missing.map((field) => field.label).join('、')}</p>
        </div>
      )}
      {fields.map((field) => (
        <Field
          key={field.key}
          field={field}
          value={answers[field.key] ?? ''}
          missing={missing.some((m) => m.key === field.key)}
          onChange={(value) => change(field.key, value)}
        />
      ))}
      <button type="button" className="primary main-action" data-testid="submit" onClick={next}>
        {t('formNext')}
      </button>
    </>
  );
}
