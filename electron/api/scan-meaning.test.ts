import { describe, expect, it } from 'vitest';
import { makeCaseNumber } from '../../standards/case-number.js';
import { scanMeaning } from './scan-meaning.js';

const caseNumber = makeCaseNumber('WH0001', '20261201', 1) ?? '';

describe('scanMeaning', () => {
  it('reads a receipt QR as its case number, bare or inside a link', () => {
    expect(scanMeaning(caseNumber)).toEqual({ kind: 'receipt', caseNumber });
    expect(scanMeaning(`https://zwfw.example.cn/query?case=${caseNumber.toLowerCase()}`)).toEqual({ kind: 'receipt', caseNumber });
  });

  it('does not take a number with a wrong check character for someone’s case', () => {
    const wrong = caseNumber.slice(0, -1) + (caseNumber.endsWith('0') ? '1' : '0');
    expect(scanMeaning(wrong).kind).not.toBe('receipt');
  });

  it('hands a 鄂汇办 code on whole, for the sign-in to check', () => {
    expect(scanMeaning('EHB1.eyJ2IjoxfQ.c2ln')).toEqual({ kind: 'appCode', code: 'EHB1.eyJ2IjoxfQ.c2ln' });
  });

  it('reads a poster’s item code, bare or at the end of a link', () => {
    expect(scanMeaning('WH-RS-001')).toEqual({ kind: 'item', itemCode: 'WH-RS-001' });
    expect(scanMeaning('https://zwfw.hubei.gov.cn/guide?item=wh-sc-001')).toEqual({ kind: 'item', itemCode: 'WH-SC-001' });
  });

  it('reads an enrollment QR as the platform’s address and the token, and a short token as nothing', () => {
    const token = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718';
    expect(scanMeaning(`tongban-enroll:?platform=${encodeURIComponent('https://10.1.2.3:8443')}&token=${token}`)).toEqual({ kind: 'enrollment', platformUrl: 'https://10.1.2.3:8443', token });
    expect(scanMeaning('tongban-enroll:?token=abc').kind).toBe('unknown');
  });

  it('reads a booking’s QR as its code, and a near miss as nothing', () => {
    expect(scanMeaning('TBYY:VSXA88K3FK')).toEqual({ kind: 'booking', code: 'VSXA88K3FK' });
    expect(scanMeaning('TBYY:VSXA88K3F')).toMatchObject({ kind: 'unknown' });
  });

  it('reads a payment notice’s 20-digit barcode as its number', () => {
    expect(scanMeaning('42010025030100000017')).toEqual({ kind: 'notice', noticeNumber: '42010025030100000017' });
  });

  it('knows a product’s barcode and free text are none of these', () => {
    expect(scanMeaning('6901234567892')).toEqual({ kind: 'unknown', text: '6901234567892' });
    expect(scanMeaning('武汉市江岸区')).toEqual({ kind: 'unknown', text: '武汉市江岸区' });
  });
});
