import type { Queryable } from '../db/database.js';
import type { SmsProvider } from './provider.js';

/** The statuses the platform knows a case by (protocol/cases.ts), as a text message says them. */
const statusTexts = {
  received: (caseNumber: string) => `【通办】您的办件 ${caseNumber} 已受理，正在审核。可在自助终端或“鄂汇办”查询进度。`,
} as const;
export type NotifiedStatus = keyof typeof statusTexts;

/**
 * Sends each subscriber of these cases the message of `status`, once: the notice row is written
 * before the message goes (a resent batch finds it and sends nothing). A gateway failure is
 * reported by `onError` without the number; that notice is not retried (the citizen can query).
 */
export async function notifyStatus(db: Queryable, sms: SmsProvider, caseNumbers: readonly string[], status: NotifiedStatus, onError: (error: unknown) => void): Promise<void> {
  if (caseNumbers.length === 0) return;
  const { rows } = await db.query<{ caseNumber: string; phone: string }>(
    `WITH due AS (
       SELECT s.id, s.case_number, s.phone FROM sms_subscriptions s
         JOIN cases c ON c.case_number = s.case_number
        WHERE s.case_number = ANY($1::text[])
     ), sent AS (
       INSERT INTO sms_notices (subscription_id, status) SELECT id, $2 FROM due
       ON CONFLICT DO NOTHING RETURNING subscription_id
     )
     SELECT due.case_number AS "caseNumber", due.phone FROM due JOIN sent ON sent.subscription_id = due.id`,
    [caseNumbers, status],
  );
  await Promise.all(rows.map((row) => sms.send({ phone: row.phone, text: statusTexts[status](row.caseNumber) }).catch(onError)));
}
