import { describe, expect, it } from 'vitest';
import type { Reconciliation } from '../../platform/protocol/payments.js';
import { reconciliationCsv } from './reconciliation-csv.js';

const report: Reconciliation = {
  day: '2026-12-02',
  region: '420102',
  orders: [{ orderId: 'o-1', dueKey: 'notice:42010025030100000017', amountFen: 2000, state: 'paid', createdAt: '2026-12-02T02:00:00.000Z' }],
  payments: [{ orderId: 'o-1', providerTradeNo: '=HYPERLINK("x")', amountFen: 2000, refundedFen: 0 }],
  mismatches: [{ orderId: 'o-9', kind: 'paid_not_recorded', platformState: null, platformFen: null, providerFen: 5 }],
  totals: { platformPaidFen: 2000, providerNetFen: 2005 },
};

describe('reconciliation as CSV', () => {
  const lines = reconciliationCsv(report).replace(/^\uFEFF/, '').trimEnd().split('\r\n');

  it('writes one line per order, payment and mismatch, amounts in 元 from fen', () => {
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('订单 order,o-1,notice:42010025030100000017,paid,20.00,,,2026-12-02T02:00:00.000Z');
    expect(lines[3]).toBe('差异 mismatch,o-9,paid_not_recorded,,,0.05,,');
  });

  it('quotes what a spreadsheet would read as a formula or split', () => {
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
