import { describe, expect, it } from 'vitest';
import { layoutForField } from './layouts.js';

describe('which keyboard a form field gets', () => {
  it.each([
    [{ key: 'spouse.name', kind: 'text' }, 'pinyin'],
    [{ key: 'residence.address', kind: 'text' }, 'pinyin'],
    [{ key: 'applicant.phone', kind: 'text' }, 'phone'],
    [{ key: 'contact', kind: 'phone' }, 'phone'],
    [{ key: 'spouse.idNumber', kind: 'text' }, 'id'],
    [{ key: 'child.id', kind: 'idNumber' }, 'id'],
    [{ key: 'household.size', kind: 'number' }, 'number'],
    [{ key: 'appointment.date', kind: 'date' }, 'date'],
  ])('%j gets the %s keys', (field, layout) => {
    expect(layoutForField(field)).toBe(layout);
  });
});
