import { describe, expect, it } from 'vitest';
import type { Certificate } from '../../../platform/protocol/certificates.js';
import { demoCatalog } from '../../../tests/support/kiosk-core.js';
import { Session, type Identity } from '../session/session.js';
import { formHandlers } from './form-handlers.js';

const chen: Identity = { cardType: 'resident', name: '陈晓欣', idNumber: '420103199003120029', source: 'card' };
const marriage: Certificate = {
  kind: 'marriageCert',
  name: '结婚证',
  number: 'J420103-2020-001234',
  issuer: '武汉市江岸区民政局',
  issuedOn: '2020-05-20',
  validUntil: null,
  fields: { spouseName: '李明', spouseIdNumber: '110101199003070019' },
};

/** 陈晓欣 at a demo terminal, her e-certificates as the platform gave them (undefined: it did not answer). */
function terminal(certificates: Certificate[] | undefined) {
  const session = new Session(60_000);
  session.identify(chen);
  return formHandlers({ catalog: demoCatalog, session }, { certificates: { load: async () => certificates } });
}

describe('the application form', () => {
  it('fills in from the card what it says, masked, and leaves the rest to type', async () => {
    const { fields, parts, certificatesUnavailable } = await terminal([])['form.get']({ itemCode: 'WH-RS-002' });
    expect(fields.map((f) => [f.key, f.prefilled])).toEqual([
      ['applicant.name', { display: '陈*欣', source: 'idcard' }],
      ['applicant.idNumber', { display: '4201**********0029', source: 'idcard' }],
      ['delivery.method', null],
    ]);
    expect(parts).toEqual([]);
    expect(certificatesUnavailable).toBe(false);
  });

  it('fills in the spouse from an e-结婚证, and says so when the platform did not answer', async () => {
    const spouse = (await terminal([marriage])['form.get']({ itemCode: 'WH-WJ-003' })).fields.find((f) => f.key === 'spouse.name');
    expect(spouse?.prefilled).toMatchObject({ source: 'ecert', certificate: '结婚证' });
    const offline = await terminal(undefined)['form.get']({ itemCode: 'WH-WJ-003' });
    expect(offline.certificatesUnavailable).toBe(true);
    expect(offline.fields.find((f) => f.key === 'spouse.name')?.prefilled).toBeNull();
  });

  it('lists the items a 一件事 joins', async () => {
    const { parts } = await terminal([])['form.get']({ itemCode: 'YJS-SBK' });
    expect(parts.map((p) => p.code)).toEqual(['WH-RS-004', 'WH-RS-005', 'WH-RS-002', 'WH-RS-006']);
  });

  it('checks one page of typed answers, in both languages, and never what the card filled in', async () => {
    const problems = await terminal([])['form.check']({ itemCode: 'WH-RS-004', answers: { 'applicant.phone': '123' }, keys: ['applicant.name', 'applicant.phone'] });
    expect(problems).toEqual([{ key: 'applicant.phone', message: '请填写 11 位手机号码', en: expect.stringContaining('phone') }]);
  });
});
