import type { Block, ReceiptInput } from '../../../drivers/printer/receipt.js';
import type { CaseFeeDue, OrderView, PaymentNotice } from '../../../platform/protocol/payments.js';
import { yuanSign } from '../../../standards/fen.js';
import { lobbyTime } from '../print/lobby-time.js';

export interface PaymentReceiptFacts {
  hallName: string;
  terminalName: string;
  order: OrderView;
  /** What was paid: a 非税 notice (as the non-tax system gave it), or a case's fee. */
  paid: { notice: PaymentNotice } | { caseFee: CaseFeeDue | null };
  printedAt: Date;
  /** Printed before: this one says 补打. */
  again: boolean;
}

/** Whom a notice pays and who owes it (masked); a case's fee names its item and case number. */
function whatWasPaid(order: OrderView, paid: PaymentReceiptFacts['paid']): Block[] {
  if ('notice' in paid) {
    const { notice } = paid;
    return [
      { type: 'row', key: '缴费项目', value: notice.itemName },
      { type: 'row', key: '执收单位', value: notice.payee },
      { type: 'row', key: '缴款人', value: notice.payerMasked },
      { type: 'row', key: '通知书编号', value: notice.noticeNumber },
    ];
  }
  return [
    { type: 'row', key: '缴费项目', value: order.subject },
    { type: 'row', key: '办件编号', value: paid.caseFee?.caseNumber ?? '' },
  ];
}

/**
 * 缴费凭证: what was paid, to whom, and the provider's trade number a clerk or the payee can trace
 * it by. The payer's name only masked, as the notice gave it. The order id as a QR code, so a
 * clerk's scanner finds the payment.
 */
export function paymentReceipt({ hallName, terminalName, order, paid, printedAt, again }: PaymentReceiptFacts): ReceiptInput {
  const paidAt = order.settledAt ? lobbyTime.format(new Date(order.settledAt)) : '';
  return {
    blocks: [
      { type: 'title', text: again ? '缴费凭证（补打）' : '缴费凭证' },
      { type: 'text', text: hallName, align: 'center' },
      { type: 'text', text: terminalName, align: 'center' },
      { type: 'divider' },
      ...whatWasPaid(order, paid),
      { type: 'text', text: `金额 ${yuanSign(order.amountFen)}`, bold: true, size: 2 },
      { type: 'row', key: '支付结果', value: '支付成功' },
      { type: 'row', key: '支付时间', value: paidAt },
      { type: 'row', key: '交易流水号', value: order.providerTradeNo ?? '' },
      { type: 'divider' },
      { type: 'text', text: '本凭证为自助终端缴费回执；正式票据以财政电子票据为准，可凭通知书编号或办件编号查询。' },
      { type: 'row', key: '打印时间', value: lobbyTime.format(printedAt) },
      { type: 'qr', data: order.orderId, size: 4 },
      { type: 'text', text: '咨询投诉：12345 政务服务便民热线' },
      { type: 'feed', lines: 3 },
      { type: 'cut', mode: 'partial' },
    ],
  };
}
