import type { CatalogItem, Eligibility } from '../item.js';

type Stage = NonNullable<CatalogItem['stages']>[number];

/** Where each demo item is found when browsing by 人生事件 (the seeds' 全生命周期 themes). */
const stagesByCode: Readonly<Record<string, Stage[]>> = {
  'WH-GA-001': ['出生'],
  'WH-WJ-001': ['出生'],
  'WH-WJ-002': ['出生'],
  'WH-YB-001': ['出生', '就医'],
  'WH-RS-004': ['出生', '就业'],
  'WH-JY-001': ['上学'],
  'WH-GA-003': ['上学', '置业'],
  'WH-GA-005': ['就业'],
  'WH-RS-001': ['就业'],
  'WH-SW-001': ['就业', '置业'],
  'WH-MZ-003': ['婚育'],
  'WH-WJ-003': ['婚育'],
  'WH-BDC-001': ['置业'],
  'WH-YB-003': ['就医'],
  'WH-SC-001': ['创业'],
  'WH-SC-002': ['创业'],
  'WH-SW-002': ['创业'],
  'WH-RS-007': ['退休'],
  'WH-YB-002': ['退休'],
  'WH-GJJ-001': ['退休'],
  'WH-MZ-001': ['养老'],
  'HB-CJ-001': ['养老'],
};

const wuhan = { code: '420100', name: '武汉市' };
const counter = '请到政务服务中心综合窗口咨询，或拨打 12345 政务服务便民热线';
const retirementAge = 50;

/**
 * 受理条件 the card can check, from the demo items' own conditions. The lowest 法定退休年龄 (女职工
 * 50 周岁) is the floor: the checker refuses only whom no rule could let in, and the department
 * checks the rest.
 */
const eligibilityByCode: Readonly<Record<string, Eligibility>> = {
  'WH-RS-007': { minAge: retirementAge, instead: `尚未到法定退休年龄的，可查询本人社保缴费记录；${counter}` },
  'WH-YB-002': { minAge: retirementAge, instead: `须先办理职工基本养老保险退休手续；${counter}` },
  'WH-GJJ-001': { minAge: retirementAge, instead: `未退休的，可办理其他情形的公积金提取；${counter}` },
  'WH-MZ-001': { minAge: 80, registeredIn: wuhan, instead: `未满 80 周岁的老年人可了解其他养老服务补贴；${counter}` },
  'WH-RS-001': { minAge: 16, registeredIn: wuhan, instead: `非本市户籍的，请在户籍地参保；${counter}` },
  'WH-GA-003': { registeredIn: wuhan, instead: `户籍证明由户籍所在地公安机关开具；${counter}` },
  'EZ-LZH-001': { registeredIn: { code: '420702', name: '梁子湖区' }, instead: counter },
};

/** A demo item with its 人生事件 and the 受理条件 a card can check. */
export function withBrowsing(item: CatalogItem): CatalogItem {
  const stages = stagesByCode[item.code];
  const eligibility = eligibilityByCode[item.code];
  return { ...item, ...(stages && { stages }), ...(eligibility && { eligibility }) };
}
