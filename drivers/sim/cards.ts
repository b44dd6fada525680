/**
 * Demo cards for the simulator. The people are invented; every ID number carries a correct
 * GB 11643 check digit (cards.test.ts checks), so a warning in a demo means a real bug.
 */
import type { SimCard } from './idcard-sim.js';

/** Not a decodable WLT image: a fixed pattern so tests can see the bytes arrive unchanged. */
export function demoPhoto(seed: number): Buffer {
  return Buffer.from(Array.from({ length: 1024 }, (_, index) => (index * 31 + seed) & 0xff));
}

export const CHEN_XIAOXIN: SimCard = {
  text: {
    cardType: 'resident',
    name: '陈晓欣',
    sexCode: '2',
    sex: '女',
    ethnicityCode: '01',
    ethnicity: '汉族',
    birthDate: '1990-03-12',
    address: '湖北省武汉市江汉区建设大道568号',
    idNumber: '420103199003120029',
    issuer: '武汉市公安局江汉分局',
    validFrom: '2015-03-12',
    validUntil: '2035-03-12',
  },
  photoWlt: demoPhoto(1),
};

export const XIANG_JIANGUO: SimCard = {
  text: {
    cardType: 'resident',
    name: '向建国',
    sexCode: '1',
    sex: '男',
    ethnicityCode: '15',
    ethnicity: '土家族',
    birthDate: '1958-03-06',
    address: '湖北省武汉市洪山区珞喻路1037号',
    idNumber: '420111195803061233',
    issuer: '武汉市公安局洪山分局',
    validFrom: '2010-06-01',
    validUntil: null,
  },
  photoWlt: demoPhoto(2),
  fingerprint: Buffer.alloc(1024, 0x43),
  appendedAddress: '湖北省武汉市洪山区关山大道1号',
};

export const EMILY_SMITH: SimCard = {
  text: {
    cardType: 'foreigner',
    edition: '2023',
    name: '史爱米',
    chineseName: '史爱米',
    englishName: 'SMITH, EMILY ROSE',
    sexCode: '2',
    sex: '女',
    nationality: 'GBR',
    birthDate: '1985-03-12',
    idNumber: '942826198503120166',
    validFrom: '2023-12-01',
    validUntil: '2033-12-01',
    cardVersion: null,
    issuerCode: null,
    renewalCount: '00',
  },
  photoWlt: demoPhoto(3),
};

export const LAI_KAYAN: SimCard = {
  text: {
    cardType: 'hkmotw',
    name: '黎嘉欣',
    sexCode: '2',
    sex: '女',
    birthDate: '1992-04-15',
    address: '湖北省武汉市武昌区中北路108号',
    idNumber: '810000199204150281',
    issuer: '武汉市公安局武昌分局',
    validFrom: '2021-09-01',
    validUntil: '2026-09-01',
    passNumber: 'H12345678',
    issueCount: '01',
  },
  photoWlt: demoPhoto(4),
};

/** The 2017 edition: a 15-character permit number (nationality, province, birth, sequence, check). */
export const MICHAEL_JOHNSON: SimCard = {
  text: {
    cardType: 'foreigner',
    edition: '2017',
    name: '江迈克',
    chineseName: '江迈克',
    englishName: 'JOHNSON, MICHAEL DAVID',
    sexCode: '1',
    sex: '男',
    nationality: 'USA',
    birthDate: '1987-06-15',
    idNumber: 'USA428706150017',
    validFrom: '2018-05-20',
    validUntil: '2028-05-20',
    cardVersion: '10',
    issuerCode: '4201',
    renewalCount: null,
  },
  photoWlt: demoPhoto(5),
};

export const DEMO_CARDS = [CHEN_XIAOXIN, XIANG_JIANGUO, EMILY_SMITH, LAI_KAYAN, MICHAEL_JOHNSON] as const;

/** The cards `tongban sim idcard --card NAME` offers, named by the type `read-id` reports. */
export const SIM_CARDS: Readonly<Record<string, SimCard>> = {
  resident: CHEN_XIAOXIN,
  'resident-with-fingerprint': XIANG_JIANGUO,
  'foreign-permanent-resident': MICHAEL_JOHNSON,
  'foreign-permanent-resident-2023': EMILY_SMITH,
  'hk-macao-taiwan-resident': LAI_KAYAN,
};
