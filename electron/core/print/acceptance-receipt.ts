import type { ReceiptInput } from '../../../drivers/printer/receipt.js';
import type { UploadState } from '../../api/values.js';
import { maskIdNumber, maskName } from '../session/mask.js';

export interface AcceptanceFacts {
  hallName: string;
  terminalName: string;
  itemName: string;
  caseNumber: string;
  acceptedAt: string;
  promisedDays: number;
  applicant: { name: string; idNumber: string };
  upload: UploadState;
}

const lobbyTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/**
 * 受理回执: what the citizen takes home. Personal data only masked, since paper is left on
 * counters; the case number large and as QR and CODE128, so any terminal or clerk can find it.
 */
export function acceptanceReceipt(facts: AcceptanceFacts): ReceiptInput {
  return {
    blocks: [
      { type: 'title', text: '受理回执' },
      { type: 'text', text: facts.hallName, align: 'center' },
      { type: 'divider' },
      { type: 'row', key: '事项', value: facts.itemName },
      { type: 'row', key: '申请人', value: maskName(facts.applicant.name) },
      { type: 'row', key: '证件号码', value: maskIdNumber(facts.applicant.idNumber) },
      { type: 'row', key: '受理时间', value: lobbyTime.format(new Date(facts.acceptedAt)) },
      { type: 'row', key: '承诺时限', value: `${facts.promisedDays} 个工作日` },
      { type: 'divider' },
      { type: 'text', text: '办件编号', align: 'center' },
      { type: 'text', text: facts.caseNumber, align: 'center', bold: true, size: 2 },
      { type: 'qr', data: facts.caseNumber, size: 6 },
      { type: 'barcode', data: facts.caseNumber },
      { type: 'divider' },
      {
        type: 'text',
        text: facts.upload === 'uploaded' ? '已上报至政务服务平台' : '待上传：网络恢复后自动上报，无需再次办理',
        bold: true,
      },
      { type: 'text', text: '凭办件编号可在任一自助终端“查询打印”中查询进度。' },
      { type: 'row', key: '终端', value: facts.terminalName },
      { type: 'text', text: '咨询投诉：12345' },
      { type: 'feed', lines: 3 },
      { type: 'cut', mode: 'partial' },
    ],
  };
}
