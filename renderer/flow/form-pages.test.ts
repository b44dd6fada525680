import { describe, expect, it } from 'vitest';
import type { FieldView } from '../api.js';
import { checkStep, formSteps, stepOf } from './form-pages.js';

const typed = (key: string): FieldView => ({ key, label: key, kind: 'text', required: true, prefilled: null, options: [] });
const card = (key: string): FieldView => ({ ...typed(key), prefilled: { display: '陈*欣', source: 'idcard' } });

describe('the pages of a form', () => {
  it('asks a few questions a page, the prefilled ones first, and ends with the check page', () => {
    const steps = formSteps([card('a.name'), typed('a.phone'), typed('b.one'), typed('b.two'), typed('b.three'), card('a.id')]);
    expect(steps.map((s) => (s.kind === 'questions' ? s.fields.map((f) => f.key) : s.kind))).toEqual([
      ['a.name', 'a.id', 'a.phone', 'b.one', 'b.two'],
      ['b.three'],
      'check',
    ]);
    expect(stepOf(steps, 'b.three')).toBe(1);
    expect(checkStep(steps)).toBe(2);
  });

  it('still has a page to show when every answer came from the card', () => {
    expect(formSteps([card('a.name')]).map((s) => s.kind)).toEqual(['questions', 'check']);
  });
});
