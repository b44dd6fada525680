import type { ReceiptInput } from '../../../drivers/printer/receipt.js';
import type { A4Document } from './a4-pdf.js';
import { lobbyTime } from './lobby-time.js';

type Blocks = ReceiptInput['blocks'];

/**
 * The 办事指南 on receipt paper: the very sections of the A4 guide (guideDocument), so paper and
 * screen never disagree. Labels and values run as wrapped text, not right-aligned rows: a long
 * material note pushed to the right edge of a 58 mm roll is hard to read.
 */
export function guideReceipt(guide: A4Document, hallName: string, printedAt: Date): ReceiptInput {
  return {
    blocks: [
      { type: 'title', text: '办事指南' },
      { type: 'text', text: guide.title, align: 'center', bold: true },
      ...(guide.subtitle ? [{ type: 'text' as const, text: guide.subtitle }] : []),
      ...guide.sections.flatMap(sectionBlocks),
      { type: 'divider' },
      { type: 'text', text: `${hallName} 打印于 ${lobbyTime.format(printedAt)}` },
      { type: 'text', text: '以上信息仅供参考，以受理部门最新规定为准。' },
      { type: 'text', text: '咨询投诉：12345 政务服务便民热线' },
      { type: 'feed', lines: 3 },
      { type: 'cut', mode: 'partial' },
    ],
  };
}

function sectionBlocks(section: A4Document['sections'][number]): Blocks {
  return [
    { type: 'divider' },
    { type: 'text', text: section.heading, bold: true },
    ...(section.rows ?? []).map(([label, value]) => ({ type: 'text' as const, text: `${label}：${value || '—'}` })),
    ...(section.paragraphs ?? []).map((paragraph) => ({ type: 'text' as const, text: paragraph })),
  ];
}
