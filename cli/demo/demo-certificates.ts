import { CHEN_XIAOXIN, EMILY_SMITH, LAI_KAYAN, XIANG_JIANGUO } from '../../drivers/sim/cards.js';
import type { SimCard } from '../../drivers/sim/idcard-sim.js';
import type { SeedCertificate } from '../../platform/certificates/store.js';

function idOf(card: SimCard): string {
  if (!('idNumber' in card.text)) throw new TypeError('a demo card without an ID number');
  return card.text.idNumber;
}

/**
 * 电子证照 of the demo cards' invented people, as issuing departments would have pushed them.
 * Kinds are named as the catalog names them (materials' eCertificate, prefill `ecert.<kind>.<field>`).
 */
export const demoCertificates: readonly SeedCertificate[] = [
  {
    holderIdNumber: idOf(CHEN_XIAOXIN),
    kind: 'householdRegister',
    name: '居民户口簿',
    number: '420103000123456',
    issuer: '武汉市公安局江汉分局',
    issuedOn: '2015-04-02',
    validUntil: null,
    fields: { address: '湖北省武汉市江汉区建设大道568号', householdType: '非农业家庭户口' },
  },
  {
    holderIdNumber: idOf(CHEN_XIAOXIN),
    kind: 'drivingLicence',
    name: '机动车驾驶证',
    number: idOf(CHEN_XIAOXIN),
    issuer: '湖北省武汉市公安局交通管理局',
    issuedOn: '2016-07-18',
    validUntil: '2032-07-18',
    fields: { vehicleClass: 'C1' },
  },
  {
    holderIdNumber: idOf(CHEN_XIAOXIN),
    kind: 'socialSecurityCard',
    name: '社会保障卡',
    number: 'HB4201A00012345',
    issuer: '武汉市人力资源和社会保障局',
    issuedOn: '2018-01-10',
    validUntil: '2028-01-10',
    fields: { bank: '中国工商银行' },
  },
  {
    holderIdNumber: idOf(CHEN_XIAOXIN),
    kind: 'marriageCert',
    name: '结婚证',
    number: 'J420103-2019-001234',
    issuer: '武汉市江汉区民政局',
    issuedOn: '2019-05-20',
    validUntil: null,
    fields: { spouseName: '李明轩', spouseIdNumber: '420102198807150038' },
  },
  {
    holderIdNumber: idOf(XIANG_JIANGUO),
    kind: 'seniorCitizenCard',
    name: '老年人优待证',
    number: '4201110000567',
    issuer: '武汉市洪山区民政局',
    issuedOn: '2018-03-06',
    validUntil: null,
    fields: {},
  },
  {
    holderIdNumber: idOf(XIANG_JIANGUO),
    kind: 'householdRegister',
    name: '居民户口簿',
    number: '420111000765432',
    issuer: '武汉市公安局洪山分局',
    issuedOn: '2010-06-01',
    validUntil: null,
    fields: { address: '湖北省武汉市洪山区珞喻路1037号', householdType: '非农业家庭户口' },
  },
  {
    holderIdNumber: idOf(EMILY_SMITH),
    kind: 'workPermit',
    name: '外国人工作许可证',
    number: '156420000012345',
    issuer: '湖北省科学技术厅',
    issuedOn: '2023-05-20',
    validUntil: '2026-05-19',
    fields: {},
  },
  {
    holderIdNumber: idOf(LAI_KAYAN),
    kind: 'residencePermitHk',
    name: '港澳台居民居住证',
    number: idOf(LAI_KAYAN),
    issuer: '武汉市公安局武昌分局',
    issuedOn: '2021-09-01',
    validUntil: '2026-09-01',
    fields: {},
  },
];
