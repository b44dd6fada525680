import { useTranslation } from 'react-i18next';
import type { DateBounds, FieldView } from '../../api.js';
import { KeyboardInput } from '../../keyboard/KeyboardInput.js';
import { layoutForField } from '../../keyboard/layouts.js';
import { DatePicker } from './DatePicker.js';

type FieldProps = { field: FieldView; value: string; problem: string | undefined; onChange: (value: string) => void };

/** Where the error summary's links take the citizen: the field's input, or its first choice. */
export function fieldTargetId(key: string): string {
  return `input-${key}`;
}

/** One form field, drawn by its kind; prefilled fields are locked and say where they came from. */
export function Field(props: FieldProps) {
  const { field, problem } = props;
  const { t } = useTranslation('apply');
  return (
    <div className={problem ? 'field field-missing' : 'field'}>
      <div className="field-label" id={`label-${field.key}`}>
        {field.label}
        {field.required && !field.prefilled && <span className="required">{t('required')}</span>}
      </div>
      {problem && (
        <p className="field-error" data-testid={`field-error-${field.key}`}>
          {problem}
        </p>
      )}
      {field.kind === 'date' && field.dates && !field.prefilled && <DateHint field={field} dates={field.dates} />}
      {field.prefilled ? (
        <PrefilledValue field={field} prefilled={field.prefilled} />
      ) : field.kind === 'choice' ? (
        <ChoiceField {...props} />
      ) : (
        <KeyboardInput
          layout={layoutForField(field)}
          label={field.label}
          className="text-input"
          testId={`field-${field.key}`}
          id={fieldTargetId(field.key)}
          labelledBy={`label-${field.key}`}
          value={props.value}
          onChange={props.onChange}
          {...(field.maxLength === undefined ? {} : { maxLength: field.maxLength })}
        />
      )}
      {field.kind === 'date' && field.dates && !field.prefilled && <DatePicker label={field.label} value={props.value} bounds={field.dates} onChange={props.onChange} />}
    </div>
  );
}

/** The format, and the item's rule in words, before the citizen types or touches a day. */
function DateHint({ field, dates }: { field: FieldView; dates: DateBounds }) {
  const { t } = useTranslation('apply');
  const rule = [
    dates.earliest === null ? '' : t('dateFrom', { date: dates.earliest }),
    dates.latest === null ? '' : t('dateTo', { date: dates.latest }),
    dates.workingDaysOnly ? t('workingDaysOnly') : '',
  ].filter((part) => part !== '');
  return (
    <p className="field-hint" data-testid={`date-hint-${field.key}`}>
      {t('dateHint')}
      {rule.length > 0 && <strong> {rule.join(t('listJoin'))}</strong>}
    </p>
  );
}

const identityTags = { idcard: 'fromIdCard', typed: 'fromTyped', appCode: 'fromAppCode' } as const;

/** 来自身份证 / 手动输入 / 来自电子证照：结婚证 — the citizen sees why they were not asked. */
export function PrefilledTag({ prefilled }: { prefilled: NonNullable<FieldView['prefilled']> }) {
  const { t } = useTranslation('apply');
  return (
    <span className={`prefilled-tag prefilled-${prefilled.source}`}>
      {prefilled.source === 'ecert' ? t('fromCertificate', { name: prefilled.certificate }) : t(identityTags[prefilled.source])}
    </span>
  );
}

function PrefilledValue({ field, prefilled }: { field: FieldView; prefilled: NonNullable<FieldView['prefilled']> }) {
  return (
    <div className="prefilled" data-testid={`field-${field.key}`} aria-labelledby={`label-${field.key}`}>
      <span className="prefilled-value">{prefilled.display}</span>
      <PrefilledTag prefilled={prefilled} />
    </div>
  );
}

function ChoiceField({ field, value, onChange }: FieldProps) {
  return (
    <div className="choices" role="radiogroup" data-testid={`field-${field.key}`} aria-labelledby={`label-${field.key}`}>
      {field.options.map((option, i) => (
        <button
          key={option.value}
          id={i === 0 ? fieldTargetId(field.key) : undefined}
          type="button"
          role="radio"
          aria-checked={value === option.value}
          className={value === option.value ? 'choice choice-on' : 'choice'}
          data-testid={`option-${field.key}-${option.value}`}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
