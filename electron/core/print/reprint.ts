import type { Receipt } from '../../../drivers/printer/receipt.js';
import { lobbyTime } from './lobby-time.js';

/**
 * The stored receipt of the original job, marked 补打 under its title with when it was reprinted:
 * a clerk must tell a reprint from the original at a glance. The original is reprinted as it was
 * (it holds only masked data), so a reprint never needs personal data that may since be purged.
 */
export function markReprint(original: Receipt, reprintedAt: Date, currentState?: string): Receipt {
  const [first, ...rest] = original.blocks;
  const marks: Receipt['blocks'] = [
    { type: 'text', text: '补打 REPRINT', align: 'center', bold: true, underline: false, size: 2 },
    { type: 'row', key: '补打时间', value: lobbyTime.format(reprintedAt) },
  ];
  if (currentState) marks.push({ type: 'row', key: '当前状态', value: currentState });
  marks.push({ type: 'divider', char: '=' });
  const blocks = first?.type === 'title' ? [first, ...marks, ...rest] : [...marks, ...original.blocks];
  return { ...original, blocks };
}
