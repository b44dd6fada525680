import type { CatalogField } from '../form-schema.js';
import type { CatalogItem, Material } from '../item.js';
import { demoHallPhoto } from './hall-photo.js';

/**
 * What most Wuhan items share, so each demo item below states only what is its own. The phones
 * are the real public numbers (12345 hotline); halls and hours follow the city's published guides.
 */
const wuhanDefaults = {
  serves: ['自然人'],
  fees: [],
  place: '武汉市民之家（汉口金桥大道 61 号）或各区政务服务中心综合窗口',
  // The demo's coordinates are near the hall, written from memory: a real catalog takes them from the hall's survey.
  location: { hall: '武汉市民之家', address: '汉口金桥大道 61 号', floor: '2 楼', window: 'B 区综合受理窗口', lng: 114.2565, lat: 30.633, photo: demoHallPhoto },
  hours: '周一至周五 9:00–17:00（法定节假日除外）；本自助终端 24 小时',
  phones: { consultation: '027-12345', complaint: '12345' },
  channels: ['terminal', 'window', 'online', 'app'],
  visits: 0,
  notificationPledge: { applies: false },
  aliases: [],
  region: '420100',
} satisfies Partial<CatalogItem>;

export type ItemSketch = Omit<CatalogItem, keyof typeof wuhanDefaults> & Partial<CatalogItem>;

export function wuhanItem(sketch: ItemSketch): CatalogItem {
  return { ...wuhanDefaults, ...sketch };
}

export const applicantName: CatalogField = { key: 'applicant.name', label: '姓名', type: 'text', required: true, prefill: 'idcard.name' };
export const applicantIdNumber: CatalogField = { key: 'applicant.idNumber', label: '公民身份号码', type: 'idNumber', required: true, prefill: 'idcard.idNumber' };
export const applicantPhone: CatalogField = {
  key: 'applicant.phone',
  label: '联系电话',
  type: 'phone',
  required: true,
  validation: { pattern: '^1\\d{10}$', patternMessage: '请填写 11 位手机号码' },
};
export const applicant: CatalogField[] = [applicantName, applicantIdNumber, applicantPhone];

export function select(key: string, label: string, options: Record<string, string>): CatalogField {
  return { key, label, type: 'select', required: true, options: Object.entries(options).map(([value, text]) => ({ value, label: text })) };
}

export const idCardMaterial: Material = {
  key: 'material.idCard',
  name: '居民身份证',
  necessity: 'required',
  eCertificate: 'idCard',
  paperCopies: 0,
  original: true,
  note: '在本机读取身份证即可，无需复印',
};

export function material(key: string, name: string, extra: Partial<Material> = {}): Material {
  return { key: `material.${key}`, name, necessity: 'required', paperCopies: 1, original: false, ...extra };
}

export const standardPledge =
  '本人承诺所填报信息及提交材料真实、准确、完整，符合告知的条件和标准，愿意承担不实承诺的法律责任。对容缺材料，将在承诺期限内补齐。';
