/**
 * The two A4 documents a citizen takes away: the guide of an item (办事指南, the standard guide
 * elements in the order the national standard lists them) and the filled application form.
 */
import { yuanText } from '../../../standards/fen.js';
import type { CatalogItem } from '../catalog/item.js';
import type { A4Document } from './a4-pdf.js';

export type GuideFacts = Pick<
  CatalogItem,
  | 'code' | 'name' | 'type' | 'department' | 'legalBasis' | 'conditions' | 'materials' | 'statutoryDays' | 'promisedDays'
  | 'fees' | 'result' | 'place' | 'hours' | 'phones' | 'visits' | 'notificationPledge'
>;

const days = (n: number): string => (n === 0 ? '即办' : `${n} 个工作日`);

const NECESSITY: Record<GuideFacts['materials'][number]['necessity'], string> = {
  required: '必须',
  optional: '可选',
  owed: '可容缺后补',
};

type GuideSection = A4Document['sections'][number];
type SectionKey = 'basis' | 'conditions' | 'materials' | 'time' | 'pledge' | 'place';

/** The standard's order, kept on paper, where a clerk or a lawyer looks for it. */
const paperOrder: readonly SectionKey[] = ['basis', 'conditions', 'materials', 'time', 'pledge', 'place'];
/** At the terminal the citizen first wants to know what to bring; the legal basis is for the few. */
export const screenOrder: readonly SectionKey[] = ['materials', 'time', 'place', 'conditions', 'pledge', 'basis'];

export function guideDocument(item: GuideFacts, order: readonly SectionKey[] = paperOrder): A4Document {
  const sections = guideSections(item);
  return {
    title: `${item.name} 办事指南`,
    subtitle: `事项编码 ${item.code} · ${item.type} · ${item.department}`,
    sections: order.flatMap((key) => sections[key] ?? []),
  };
}

function guideSections(item: GuideFacts): Partial<Record<SectionKey, GuideSection>> {
  const fees = item.fees.length === 0 ? '不收费' : item.fees.map((fee) => `${fee.name} ${yuanText(fee.amountFen)} 元（${fee.basis}）`).join('；');
  return {
    basis: { heading: '设定依据', paragraphs: item.legalBasis },
    conditions: { heading: '受理条件', paragraphs: item.conditions.map((condition, i) => `${i + 1}. ${condition}`) },
    materials: { heading: '申请材料', rows: item.materials.map((material) => [material.name, materialNote(material)] as const) },
    time: {
      heading: '办理时限与收费',
      rows: [
        ['法定时限', days(item.statutoryDays)],
        ['承诺时限', days(item.promisedDays)],
        ['到现场次数', `${item.visits} 次`],
        ['收费', fees],
        ['办理结果', `${item.result.name}（${item.result.delivery.join('、')}）`],
      ],
    },
    ...(item.notificationPledge.applies ? { pledge: { heading: '告知承诺', paragraphs: [item.notificationPledge.text ?? ''] } } : {}),
    place: {
      heading: '办理地点与咨询',
      rows: [
        ['办理地点', item.place],
        ['办公时间', item.hours],
        ['咨询电话', item.phones.consultation],
        ['投诉电话', item.phones.complaint],
      ],
    },
  };
}

function materialNote(material: GuideFacts['materials'][number]): string {
  const owed = material.owedWorkingDays === undefined ? '' : `${NECESSITY.owed}（受理后 ${material.owedWorkingDays} 个工作日内补交）`;
  const parts = [owed || NECESSITY[material.necessity], material.original ? '验原件' : '', material.paperCopies > 0 ? `复印件 ${material.paperCopies} 份` : ''];
  // The kind is a key (businessLicense); the material's own name already says which certificate.
  if (material.eCertificate) parts.push('有电子证照的可免提交');
  if (material.note) parts.push(material.note);
  return parts.filter(Boolean).join('，');
}

export interface FilledForm {
  itemName: string;
  caseNumber: string;
  acceptedAt: string;
  hallName: string;
  /** Label and answer, in the form's order; personal data already masked by the caller. */
  answers: readonly (readonly [label: string, value: string])[];
}

/** The application form as filled at the terminal, with room for the applicant's signature. */
export function applicationFormDocument(form: FilledForm, formatTime: (iso: string) => string): A4Document {
  return {
    title: `${form.itemName} 申请表`,
    subtitle: `办件编号 ${form.caseNumber} · ${form.hallName} · 受理时间 ${formatTime(form.acceptedAt)}`,
    sections: [{ heading: '申请内容', rows: form.answers }],
    closing: ['以上内容由申请人在自助终端填写并确认。', '申请人签名：____________________      日期：______年____月____日'],
  };
}
