import { yuanText, type Reconciliation } from '../../platform/protocol/payments.js';

/** A field as RFC 4180 quotes it; a leading = + - @ is defused so a spreadsheet reads text, not a formula. */
function field(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const row = (values: readonly string[]): string => values.map(field).join(',');
const yuan = (fen: number | null): string => (fen === null ? '' : yuanText(fen));

/**
 * 对账 of one day as one CSV file, for the finance office's spreadsheet: one line per order, per
 * provider payment and per mismatch, the kind of line first. Amounts in 元 written from fen.
 */
export function reconciliationCsv(report: Reconciliation): string {
  const lines = [
    row(['类别 kind', '订单 order', '应缴 due', '状态 state', '金额(元) amount', '退款(元) refunded', '流水号 trade no', '时间 time']),
    ...report.orders.map((o) => row(['订单 order', o.orderId, o.dueKey, o.state, yuan(o.amountFen), '', '', o.createdAt])),
    ...report.payments.map((p) => row(['支付 payment', p.orderId, '', '', yuan(p.amountFen), yuan(p.refundedFen), p.providerTradeNo, ''])),
    ...report.mismatches.map((m) => row(['差异 mismatch', m.orderId, m.kind, m.platformState ?? '', yuan(m.platformFen), yuan(m.providerFen), '', ''])),
  ];
  // A BOM so that Excel opens the Chinese headings as UTF-8; CRLF as RFC 4180 writes lines.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
