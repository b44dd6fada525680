import type { CatalogDocument } from './catalog-document.js';
import { demoCatalog } from './demo/demo-catalog.js';
import type { CatalogItem } from './item.js';

const districts = ['江岸', '江汉', '硚口', '汉阳', '武昌', '青山', '洪山', '东西湖', '蔡甸', '江夏', '黄陂', '新洲', '汉南', '东湖高新', '经开'];
const subjects = ['社会保障卡', '养老保险', '医疗保险', '住房公积金', '营业执照', '食品经营', '户籍', '居住证', '驾驶证', '不动产', '残疾人', '低保', '高龄津贴', '出生医学证明', '预防接种', '消防安全', '排水', '招牌', '纳税', '失业保险', '工伤保险', '生育保险', '职业资格', '就业登记', '人才引进', '公租房', '义务教育', '婚姻', '殡葬', '兵役'];
const actions = ['申领', '补领', '变更', '注销', '查询打印', '登记', '备案', '证明开具', '待遇核定', '资格认定', '年度审验', '延续', '挂失', '转移接续'];

/** A small deterministic generator, so every bench run measures the same catalog. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)] as T;
}

/**
 * A catalog of `count` plausible items for benchmarks: names built from real districts, subjects
 * and actions, guides copied from a demo item, region scopes spread over Wuhan's districts.
 */
export function syntheticCatalog(count: number, seed = 2025): CatalogDocument {
  const next = random(seed);
  const template = demoCatalog.items[1] as CatalogItem;
  const items: CatalogItem[] = Array.from({ length: count }, (_, i) => {
    const district = Math.floor(next() * districts.length);
    const subject = pick(subjects, next);
    const action = pick(actions, next);
    return {
      ...template,
      code: `SY-${String(i).padStart(6, '0')}`,
      name: `${districts[district] ?? ''}区${subject}${action}`,
      keywords: [subject, action, pick(subjects, next)],
      aliases: [`${subject}${action}`],
      region: `4201${String(district + 2).padStart(2, '0')}`,
    };
  });
  return { items, lifeEvents: [], benefits: [] };
}
