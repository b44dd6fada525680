import type { ReceiptInput } from '../../../drivers/printer/receipt.js';
import type { BookingView } from '../../api/appointments.js';
import { lobbyTime } from '../print/lobby-time.js';

/**
 * 预约凭条: what was booked, where and when, and the booking's QR, which checks it in at the hall's
 * terminal on the day. Like the ticket it names no one: the code alone opens nothing but a number.
 */
export function bookingSlip(booking: BookingView, printedAt: Date): ReceiptInput {
  return {
    blocks: [
      { type: 'title', text: '预约凭条' },
      { type: 'text', text: booking.hallName, align: 'center' },
      { type: 'divider' },
      { type: 'row', key: '事项', value: booking.itemName },
      { type: 'row', key: '业务', value: booking.groupName },
      { type: 'row', key: '预约时段', value: lobbyTime.format(new Date(booking.startsAt)) },
      { type: 'row', key: '预约码', value: booking.code },
      { type: 'divider' },
      { type: 'text', text: '办事当天到大厅，在自助终端扫描下方二维码或刷身份证签到取号。不能前来请在终端“预约”中取消。' },
      { type: 'qr', data: booking.qr, size: 6 },
      { type: 'row', key: '打印时间', value: lobbyTime.format(printedAt) },
      { type: 'text', text: '咨询投诉：12345 政务服务便民热线' },
      { type: 'feed', lines: 3 },
      { type: 'cut', mode: 'partial' },
    ],
  };
}
