import type { ReceiptInput } from '../../../drivers/printer/receipt.js';
import type { NextSteps } from '../../api/next-steps.js';
import type { UploadState } from '../../api/values.js';
import { groupCaseNumber } from '../../../standards/case-number.js';
import { maskIdNumber, maskName } from '../../../standards/masking.js';
import { lobbyTime } from './lobby-time.js';

/**
 * What the receipt says about materials the citizen handed in (or that an e-certificate stands
 * for). A receipt must never list a material the citizen did not hand in; what is owed is a next step.
 */
export interface MaterialFacts {
  received: string[];
  /** The 告知承诺 statement the applicant agreed to, when the item allows it. */
  commitmentNote?: string;
}

export interface AcceptanceFacts {
  hallName: string;
  terminalName: string;
  itemName: string;
  caseNumber: string;
  acceptedAt: string;
  applicant: { name: string; idNumber: string };
  upload: UploadState;
  materials?: MaterialFacts;
  /** What happens next, the very answer the done screen shows. */
  next: NextSteps;
  /** A 一件事: its name heads the receipt, and every case it fanned out into is listed. */
  bundleName?: string;
}

type Blocks = ReceiptInput['blocks'];

/**
 * 受理回执: what the citizen takes home. Personal data only masked, since paper is left on
 * counters; the case number large and as QR and CODE128, so any terminal or clerk can find it.
 */
export function acceptanceReceipt(facts: AcceptanceFacts): ReceiptInput {
  return {
    blocks: [
      { type: 'title', text: '受理回执' },
      { type: 'text', text: facts.hallName, align: 'center' },
      { type: 'text', text: facts.terminalName, align: 'center' },
      { type: 'divider' },
      ...(facts.bundleName ? [{ type: 'row' as const, key: '一件事', value: facts.bundleName }] : [{ type: 'row' as const, key: '事项', value: facts.itemName }]),
      { type: 'row', key: '申请人', value: maskName(facts.applicant.name) },
      { type: 'row', key: '证件号码', value: maskIdNumber(facts.applicant.idNumber) },
      { type: 'row', key: '受理时间', value: lobbyTime.format(new Date(facts.acceptedAt)) },
      ...materialBlocks(facts.materials),
      ...owedBlocks(facts.next.owed),
      ...caseBlocks(facts.next, facts.bundleName !== undefined),
      { type: 'divider' },
      { type: 'text', text: '办件编号', align: 'center' },
      { type: 'text', text: grouped(facts.caseNumber), align: 'center', bold: true, size: 2 },
      // What the code is for, said before it: a citizen reads down the paper.
      { type: 'text', text: '扫下方二维码：在自助终端查询进度', align: 'center' },
      { type: 'qr', data: facts.caseNumber, size: 6 },
      { type: 'barcode', data: facts.caseNumber },
      { type: 'divider' },
      { type: 'text', text: facts.upload === 'uploaded' ? '已上报至政务服务平台' : '待上传：网络恢复后自动上报，无需再次办理', bold: true },
      { type: 'text', text: '凭办件编号可在任一自助终端“查询打印”中查询进度。' },
      { type: 'text', text: '咨询投诉：12345 政务服务便民热线' },
      { type: 'feed', lines: 3 },
      { type: 'cut', mode: 'partial' },
    ],
  };
}

function materialBlocks(materials: MaterialFacts | undefined): Blocks {
  if (!materials) return [];
  const blocks: Blocks = [{ type: 'divider' }, { type: 'text', text: '已收材料', bold: true }];
  blocks.push(...materials.received.map((name) => ({ type: 'text' as const, text: `· ${name}` })));
  if (materials.commitmentNote) blocks.push({ type: 'text', text: `告知承诺：${materials.commitmentNote}` });
  return blocks;
}

function owedBlocks(owed: NextSteps['owed']): Blocks {
  if (owed.length === 0) return [];
  const blocks: Blocks = [{ type: 'divider' }, { type: 'text', text: '容缺待补材料', bold: true }];
  for (const { name, dueBy, place, hours } of owed) {
    blocks.push(
      { type: 'row', key: `· ${name}`, value: `${lobbyDate(dueBy)}前补交` },
      { type: 'text', text: `  补交方式：带上材料和本回执，到${place}交给工作人员（${hours}）` },
    );
  }
  return blocks;
}

/**
 * When and how each result comes and whom to ask. A 一件事 is several cases, each handled by its
 * own department under its own number; the large number and codes below stay those of the first.
 */
function caseBlocks(next: NextSteps, bundle: boolean): Blocks {
  const blocks: Blocks = [{ type: 'divider' }];
  if (bundle) blocks.push({ type: 'text', text: `本次共受理 ${next.cases.length} 件`, bold: true });
  for (const c of next.cases) {
    if (bundle) blocks.push({ type: 'text', text: `· ${c.itemName}` }, { type: 'text', text: `  ${grouped(c.caseNumber)}`, bold: true });
    blocks.push(
      { type: 'row', key: '承诺时限', value: c.promisedBy === null ? '当场办结' : `${c.promisedDays} 个工作日（${lobbyDate(c.promisedBy)}前）` },
      { type: 'row', key: '办理结果', value: `${c.resultName}（${c.delivery.join('或')}）` },
      { type: 'row', key: '办理部门', value: c.department },
      { type: 'row', key: '咨询电话', value: c.phone },
    );
  }
  return blocks;
}

/** In the chunks the screen shows, so the citizen can compare the two at a glance. */
const grouped = (caseNumber: string): string => groupCaseNumber(caseNumber).join(' ');

/** 2026-12-04 as said on paper: 2026年12月4日. */
function lobbyDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year ?? ''}年${month ?? ''}月${day ?? ''}日`;
}
