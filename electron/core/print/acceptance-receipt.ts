import type { ReceiptInput } from '../../../drivers/printer/receipt.js';
import type { UploadState } from '../../api/values.js';
import { maskIdNumber, maskName } from '../session/mask.js';
import { lobbyTime } from './lobby-time.js';

/**
 * What the receipt says about materials: only those the citizen handed in (or that an
 * e-certificate stands for), and those owed under 容缺 with their date. A receipt must never list
 * a material the citizen did not hand in.
 */
export interface MaterialFacts {
  received: string[];
  /** Owed under 容缺受理, each with the date it is due. */
  owed: { name: string; dueBy: string }[];
  /** The 告知承诺 statement the applicant agreed to, when the item allows it. */
  commitmentNote?: string;
}

export interface AcceptanceFacts {
  hallName: string;
  terminalName: string;
  itemName: string;
  caseNumber: string;
  acceptedAt: string;
  promisedDays: number;
  applicant: { name: string; idNumber: string };
  upload: UploadState;
  materials?: MaterialFacts;
  /** A 一件事: its name on the receipt, and every case it fanned out into with its number. */
  bundle?: { name: string; cases: readonly { itemName: string; caseNumber: string }[] };
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
      ...(facts.bundle ? [{ type: 'row' as const, key: '一件事', value: facts.bundle.name }] : [{ type: 'row' as const, key: '事项', value: facts.itemName }]),
      { type: 'row', key: '申请人', value: maskName(facts.applicant.name) },
      { type: 'row', key: '证件号码', value: maskIdNumber(facts.applicant.idNumber) },
      { type: 'row', key: '受理时间', value: lobbyTime.format(new Date(facts.acceptedAt)) },
      { type: 'row', key: '承诺时限', value: `${facts.promisedDays} 个工作日` },
      ...materialBlocks(facts.materials),
      ...bundleBlocks(facts.bundle),
      { type: 'divider' },
      { type: 'text', text: '办件编号', align: 'center' },
      { type: 'text', text: facts.caseNumber, align: 'center', bold: true, size: 2 },
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
  if (materials.owed.length > 0) {
    blocks.push({ type: 'text', text: '容缺待补材料', bold: true });
    blocks.push(...materials.owed.map(({ name, dueBy }) => ({ type: 'row' as const, key: `· ${name}`, value: `${dueBy}前补交` })));
  }
  if (materials.commitmentNote) blocks.push({ type: 'text', text: `告知承诺：${materials.commitmentNote}` });
  return blocks;
}

/**
 * Each item of a 一件事 is its own case, handled by its own department: the citizen needs every
 * number to follow each one. The large number and codes below stay those of the first case.
 */
function bundleBlocks(bundle: AcceptanceFacts['bundle']): Blocks {
  if (!bundle) return [];
  const blocks: Blocks = [{ type: 'divider' }, { type: 'text', text: `本次共受理 ${bundle.cases.length} 件`, bold: true }];
  for (const { itemName, caseNumber } of bundle.cases) {
    blocks.push({ type: 'text', text: `· ${itemName}` }, { type: 'text', text: `  ${caseNumber}`, bold: true });
  }
  return blocks;
}
