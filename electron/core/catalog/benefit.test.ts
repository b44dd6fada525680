import { describe, expect, it } from 'vitest';
import { benefitsDue } from './benefit.js';
import { demoCatalog } from './demo/demo-catalog.js';

const today = new Date('2026-11-23T10:00:00+08:00');
const due = (idNumber: string, eCertificates: string[] = [], region = '420102') => benefitsDue(demoCatalog.benefits, { idNumber, eCertificates }, region, today).map((b) => b.code);

describe('免申即享 after identification', () => {
  it('tells a Wuhan-registered 81-year-old of the 高龄津贴 and free transit', () => {
    expect(due('420102194501010016')).toEqual(['MS-GLJT', 'MS-LNCC']);
  });

  it('counts age by the birthday, not the year: one day short of 65 is not yet 65', () => {
    expect(due('420102196111240016')).toEqual([]);
    expect(due('420102196111230016')).toEqual(['MS-LNCC']);
  });

  it('needs the enrolment e-certificate and no retirement certificate for the resident pension', () => {
    expect(due('420102196001010016', ['residentPensionEnrolment'])).toContain('MS-JMYL');
    expect(due('420102196001010016', ['residentPensionEnrolment', 'retirementCert'])).not.toContain('MS-JMYL');
  });

  it('gives the 高龄津贴 only to those registered in Wuhan, and nothing on a terminal outside it', () => {
    expect(due('420702194501010016')).toEqual(['MS-LNCC']);
    expect(due('420102194501010016', [], '420702')).toEqual([]);
  });

  it('gives nothing to a card without a resident ID number', () => {
    expect(due('931234567890123')).toEqual([]);
  });
});
