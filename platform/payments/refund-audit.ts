import type { Actor } from '../accounts/gate.js';
import { audit } from '../audit/audit.js';
import type { Queryable } from '../db/database.js';

/** Who gave money back, for what (an order id or a case number), and which orders stand refunded; the reason stays on the orders (it may name a citizen). */
export function auditRefund(db: Queryable, { account, sourceIp }: Actor, target: string, detail: { orders: string[]; refundedFen?: number }): Promise<void> {
  return audit(db, { actor: { name: account.name, role: account.role }, sourceIp, action: 'payment.refunded', target, regionCode: account.regionCode, detail });
}
