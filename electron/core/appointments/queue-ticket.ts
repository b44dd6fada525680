import type { ReceiptInput } from '../../../drivers/printer/receipt.js';
import type { Ticket } from '../../../platform/protocol/appointments.js';
import { lobbyTime } from '../print/lobby-time.js';

/**
 * 排队号票: the number large enough to read from across the hall, the windows that call it, how
 * many are before it when printed, and 预约 marked so the window honours the booking. It names no
 * one: a ticket dropped on the floor tells nobody who took it.
 */
export function queueTicket(ticket: Ticket, printedAt: Date): ReceiptInput {
  const marks = [ticket.bookedFor ? '预约' : null, ticket.elder ? '长者优先' : null].filter((mark): mark is string => mark !== null);
  return {
    blocks: [
      { type: 'title', text: '排队号票' },
      { type: 'text', text: ticket.hallName, align: 'center' },
      { type: 'divider' },
      { type: 'text', text: ticket.number, align: 'center', bold: true, size: 2 },
      ...(marks.length > 0 ? [{ type: 'text' as const, text: `【${marks.join('·')}】`, align: 'center' as const, bold: true }] : []),
      { type: 'divider' },
      { type: 'row', key: '业务', value: ticket.groupName },
      { type: 'row', key: '办理窗口', value: `${ticket.windows.join('、')} 号窗口` },
      { type: 'row', key: '前面等候', value: `${ticket.peopleAhead} 人` },
      ...(ticket.bookedFor ? [{ type: 'row' as const, key: '预约时段', value: lobbyTime.format(new Date(ticket.bookedFor)) }] : []),
      { type: 'row', key: '取号时间', value: lobbyTime.format(printedAt) },
      { type: 'divider' },
      { type: 'text', text: '请留意叫号屏幕和广播；过号请到窗口咨询。' },
      { type: 'text', text: '咨询投诉：12345 政务服务便民热线' },
      { type: 'feed', lines: 3 },
      { type: 'cut', mode: 'partial' },
    ],
  };
}
