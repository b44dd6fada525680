import type { FieldView } from '../api.js';
import { KeyboardInput } from '../keyboard/KeyboardInput.js';
import { layoutForField } from '../keyboard/layouts.js';

type FieldProps = { field: FieldView; value: string; missing: boolean; onChange: (value: string) => void };

/** One form field, drawn by its kind; prefilled fields are locked and say where they came from. */
export function Field(props: FieldProps) {
  const { field, missing } = props;
  return (
    <div className={missing ? 'field field-missing' : 'field'}>
      <div className="field-label" id={`label-${field.key}`}>
        {field.label}
        {field.required && !field.prefilled && <span className="required">（必填）</span>}
      </div>
      {field.prefilled ? (
        <PrefilledValue field={field} display={field.prefilled.display} />
      ) : field.kind === 'choice' ? (
        <ChoiceField {...props} />
      ) : (
        <KeyboardInput
          layout={layoutForField(field)}
          label={field.label}
          className="text-input"
          testId={`field-${field.key}`}
          labelledBy={`label-${field.key}`}
          value={props.value}
          onChange={props.onChange}
        />
      )}
      {missing && <p className="field-error">{field.kind === 'choice' ? '请选择' : '请填写'}“{field.label}”</p>}
    </div>
  );
}

function PrefilledValue({ field, display }: { field: FieldView; display: string }) {
  return (
    <div className="prefilled" data-testid={`field-${field.key}`} aria-labelledby={`label-${field.key}`}>
      <span className="prefilled-value">{display}</span>
      <span className="prefilled-tag">已从身份证读取</span>
    </div>
  );
}

function ChoiceField({ field, value, onChange }: FieldProps) {
  return (
    <div className="choices" role="radiogroup" data-testid={`field-${field.key}`} aria-labelledby={`label-${field.key}`}>
      {field.options.map((option) => (
        <button
          key={option.value}
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
