import type { Actor } from '../accounts/gate.js';
import { audit } from '../audit/audit.js';
import type { Queryable } from '../db/database.js';
import type { AuditAction } from '../protocol/index.js';

/**
 * Who gave money back, for what (an order id, or a case marked not proceeding), and which orders
 * stand refunded; the reason stays on the orders and the case (it may name a citizen).
 */
export function auditRefund(
  db: Queryable,
  { account, sourceIp }: Actor,
  target: string,
  detail: { orders: string[]; refundedFen?: number; kind?: string },
  action: Extract<AuditAction, 'payment.refunded' | 'case.not_proceeding'> = 'payment.refunded',
): Promise<void> {
  return audit(db, { actor: { name: account.name, role: account.role }, sourceIp, action, target, regionCode: account.regionCode, detail });
}
