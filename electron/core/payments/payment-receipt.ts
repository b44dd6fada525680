import type { ReceiptInput } from '../../../drivers/printer/receipt.js';
import type { OrderView, PaymentNotice } from '../../../platform/protocol/payments.js';
import { yuanSign } from '../../../standards/fen.js';
import { lobbyTime } from '../print/lobby-time.js';

export interface PaymentReceiptFacts {
  hallName: string;
  terminalName: string;
  order: OrderView;
  notice: PaymentNotice;
  printedAt: Date;
  /** Printed before: this one says 补打. */
  again: boolean;
}

/**
 * 缴费凭证: what was paid, to whom, and the provider's trade number a clerk or the payee can trace
 * it by. The payer's name only masked, as the notice gave it. The order id as a QR code, so a
 * clerk's scanner finds the payment.
 */
export function paymentReceipt({ hallName, terminalName, order, notice, printedAt, again }: PaymentReceiptFacts): ReceiptInput {
  const paidAt = order.settledAt ? lobbyTime.format(new Date(order.settledAt)) : '';
  return {
    blocks: [
      { type: 'title', text: again ? '缴费凭证（补打）' : '缴费凭证' },
      { type: 'text', text: hallName, align: 'center' },
      { type: 'text', text: terminalName, align: 'center' },
      { type: 'divider' },
      { type: 'row', key: '缴费项目', value: notice.itemName },
      { type: 'row', key: '执收单位', value: notice.payee },
      { type: 'row', key: '缴款人', value: notice.payerMasked },
      { type: 'row', key: '通知书编号', value: notice.noticeNumber },
      { type: 'text', text: `金额 ${yuanSign(order.amountFen)}`, bold: true, size: 2 },
      { type: 'row', key: '支付结果', value: '支付成功' },
      { type: 'row', key: '支付时间', value: paidAt },
      { type: 'row', key: '交易流水号', value: order.providerTradeNo ?? '' },
      { type: 'divider' },
      { type: 'text', text: '本凭证为自助终端缴费回执；正式票据以财政电子票据为准，可凭通知书编号查询。' },
      { type: 'row', key: '打印时间', value: lobbyTime.format(printedAt) },
      { type: 'qr', data: order.orderId, size: 4 },
      { type: 'text', text: '咨询投诉：12345 政务服务便民热线' },
      { type: 'feed', lines: 3 },
      { type: 'cut', mode: 'partial' },
    ],
  };
}
