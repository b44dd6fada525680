import { describe, expect, it } from 'vitest';
import type { FieldView } from '../api.js';
import { answersToSubmit } from './answers.js';

const fields: FieldView[] = [
  { key: 'applicant.name', label: '姓名', kind: 'text', required: true, prefilled: { display: '张*', source: 'idcard' }, options: [] },
  { key: 'delivery.method', label: '领取方式', kind: 'choice', required: true, prefilled: null, options: [{ value: 'post', label: '邮寄' }] },
  { key: 'note', label: '备注', kind: 'text', required: false, prefilled: null, options: [] },
];

describe('form answers', () => {
  it('never sends a prefilled field, even if something was typed under its key', () => {
    expect(answersToSubmit(fields, { 'applicant.name': '李四', 'delivery.method': 'post', note: ' ' })).toEqual({
      'delivery.method': 'post',
    });
  });
});
