import { describe, expect, it } from 'vitest';
import type { Certificate } from '../../../platform/protocol/certificates.js';
import type { CatalogField } from '../catalog/item.js';
import { checkAnswers, fieldViews, resolveAnswers, wantsCertificates } from './form.js';

const identity = { cardType: 'resident' as const, name: '陈晓欣', idNumber: '420103199003120029', source: 'card' as const };
const marriage: Certificate = {
  kind: 'marriageCert',
  name: '结婚证',
  number: 'J1',
  issuer: '江汉区民政局',
  issuedOn: '2019-05-20',
  validUntil: null,
  fields: { spouseName: '李明轩', spouseIdNumber: '420102198807150038' },
};
const form: { fields: CatalogField[] } = {
  fields: [
    { key: 'applicant.name', label: '姓名', type: 'text', required: true, prefill: 'idcard.name' },
    { key: 'spouse.name', label: '配偶姓名', type: 'text', required: true, prefill: 'ecert.marriageCert.spouseName' },
    { key: 'spouse.idNumber', label: '配偶身份证号码', type: 'idNumber', required: true, prefill: 'ecert.marriageCert.spouseIdNumber' },
    { key: 'applicant.phone', label: '联系电话', type: 'phone', required: true },
  ],
};

describe('a form prefilled from the card and from e-certificates', () => {
  it('shows e-certificate values masked, named by their certificate, and submits the full values', () => {
    const sources = { identity, certificates: [marriage] };
    const views = fieldViews(form, sources);
    expect(views.map((v) => v.prefilled)).toEqual([
      { display: '陈*欣', source: 'idcard' },
      { display: '李*轩', source: 'ecert', certificate: '结婚证' },
      { display: '4201**********0038', source: 'ecert', certificate: '结婚证' },
      null,
    ]);
    expect(JSON.stringify(views)).not.toContain('李明轩');
    expect(wantsCertificates(form, sources)).toBe(false);
    expect(resolveAnswers(form, sources, { 'applicant.phone': '13800000000' })).toMatchObject({ 'spouse.name': '李明轩', 'spouse.idNumber': '420102198807150038' });
  });

  it('labels a typed identity\'s fields as typed by hand, not as read from a card', () => {
    const views = fieldViews(form, { identity: { ...identity, source: 'typed' }, certificates: [] });
    expect(views[0]?.prefilled).toEqual({ display: '陈*欣', source: 'typed' });
  });

  it('lets the citizen type them when the platform did not answer, and says so', () => {
    const sources = { identity, certificates: undefined };
    expect(fieldViews(form, sources).filter((v) => v.prefilled === null).map((v) => v.key)).toEqual(['spouse.name', 'spouse.idNumber', 'applicant.phone']);
    expect(wantsCertificates(form, sources)).toBe(true);
    const typed = { 'spouse.name': '李明轩', 'spouse.idNumber': '420102198807150038', 'applicant.phone': '13800000000' };
    expect(resolveAnswers(form, sources, typed)['spouse.name']).toBe('李明轩');
  });

  it('checks one page: a missing or malformed typed answer is named with its field, prefilled ones never', () => {
    const sources = { identity, certificates: [marriage] };
    expect(checkAnswers(form, sources, { 'applicant.phone': '123' }, ['applicant.name', 'applicant.phone'])).toEqual([
      { key: 'applicant.phone', message: '“联系电话”不是有效的电话号码', en: '“联系电话” is not a valid phone number' },
    ]);
    expect(checkAnswers(form, { identity, certificates: [] }, {}, ['spouse.name'])).toEqual([{ key: 'spouse.name', message: '请填写“配偶姓名”', en: 'Please fill in “配偶姓名”' }]);
    expect(checkAnswers(form, sources, { 'applicant.phone': '13800000000' }, ['applicant.phone'])).toEqual([]);
  });
});
