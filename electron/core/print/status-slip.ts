import type { ReceiptInput } from '../../../drivers/printer/receipt.js';
import { type CaseView } from '../../api/values.js';
import { caseStatusWords } from '../../api/case-status-words.js';
import { lobbyDateText, lobbyTime } from './lobby-time.js';

export interface SlipFacts {
  hallName: string;
  terminalName: string;
  view: CaseView;
  printedAt: Date;
}

/**
 * 办件进度单: where a case stands, for a citizen to take home or show a clerk. It names no
 * applicant (anyone holding the case number may print it); the number again as a QR code, so the
 * slip, like the receipt, can be scanned at any terminal.
 */
export function statusSlip({ hallName, terminalName, view, printedAt }: SlipFacts): ReceiptInput {
  const when = (iso: string) => lobbyTime.format(new Date(iso));
  return {
    blocks: [
      { type: 'title', text: '办件进度' },
      { type: 'text', text: hallName, align: 'center' },
      { type: 'text', text: terminalName, align: 'center' },
      { type: 'divider' },
      { type: 'row', key: '事项', value: view.itemName },
      { type: 'row', key: '办件编号', value: view.caseNumber },
      { type: 'row', key: '当前状态', value: caseStatusWords[view.status].zh },
      ...(view.expectedBy ? [{ type: 'row' as const, key: '预计办结', value: `${lobbyDateText(view.expectedBy)}前` }] : []),
      { type: 'divider' },
      { type: 'text', text: '办理经过', bold: true },
      ...view.timeline.map((entry) => ({ type: 'row' as const, key: when(entry.at), value: entry.label })),
      ...(view.source === 'terminal' ? [{ type: 'text' as const, text: '网络中断，以上为本终端记录；网络恢复后可查到最新进度。' }] : []),
      { type: 'divider' },
      { type: 'row', key: '打印时间', value: lobbyTime.format(printedAt) },
      { type: 'qr', data: view.caseNumber, size: 5 },
      { type: 'text', text: '咨询投诉：12345 政务服务便民热线' },
      { type: 'feed', lines: 3 },
      { type: 'cut', mode: 'partial' },
    ],
  };
}
