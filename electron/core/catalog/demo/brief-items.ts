import type { DocumentKind } from '../../../../platform/protocol/documents.js';
import type { CatalogField } from '../form-schema.js';
import type { CatalogItem, Material } from '../item.js';
import { applicant, idCardMaterial, select, standardPledge, wuhanItem } from './guide-defaults.js';

/** The parts of a guide that differ between the many shorter items below. */
export interface Brief {
  code: string;
  name: string;
  type: CatalogItem['type'];
  department: string;
  basis: string;
  condition: string;
  days: [statutory: number, promised: number];
  result: string;
  keywords: string[];
  aliases?: string[];
  fields?: CatalogField[];
  materials?: Material[];
  serves?: CatalogItem['serves'];
  pledge?: boolean;
  visits?: number;
  region?: string;
  /** 当场办结: the document the department's system issues at once. */
  onTheSpot?: DocumentKind;
  /** What the item charges (none when absent), paid by 缴费 after submitting. */
  fees?: CatalogItem['fees'];
}

export function fromBrief(b: Brief): CatalogItem {
  return wuhanItem({
    code: b.code,
    name: b.name,
    type: b.type,
    department: b.department,
    legalBasis: [b.basis],
    conditions: [b.condition],
    materials: [idCardMaterial, ...(b.materials ?? [])],
    statutoryDays: b.days[0],
    promisedDays: b.days[1],
    result: b.onTheSpot ? { name: b.result, delivery: ['当场打印'], onTheSpot: b.onTheSpot } : { name: b.result, delivery: ['窗口领取', '邮寄'] },
    keywords: b.keywords,
    aliases: b.aliases ?? [],
    serves: b.serves ?? ['自然人'],
    visits: b.visits ?? 0,
    notificationPledge: b.pledge ? { applies: true, text: standardPledge } : { applies: false },
    ...(b.region ? { region: b.region } : {}),
    ...(b.fees ? { fees: b.fees } : {}),
    form: { fields: [...applicant, ...(b.fields ?? [])] },
  });
}

export const purpose = select('certificate.purpose', '证明用途', { school: '子女入学', employment: '就业', other: '其他' });
