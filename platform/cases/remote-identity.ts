import { audit } from '../audit/audit.js';
import type { Queryable } from '../db/database.js';
import type { CaseUpload } from '../protocol/index.js';
import { remoteIdentitySchema } from '../protocol/index.js';
import type { Terminal } from '../terminals/lookup.js';
import { maskIdNumber, maskName } from '../../standards/masking.js';

interface CheckedCall {
  id: string;
  regionCode: string;
  identity: unknown;
  clerk: string;
  checkedAt: Date;
}

/** The call, when it is this terminal's and a clerk checked the identity it was asked with. */
async function checkedCall(db: Queryable, terminal: Terminal, callId: string): Promise<CheckedCall | undefined> {
  const { rows } = await db.query<CheckedCall>(
    `SELECT id, region_code AS "regionCode", identity, identity_checked_by AS clerk, identity_checked_at AS "checkedAt"
       FROM remote_calls WHERE id = $1 AND terminal_id = $2 AND identity_checked_by IS NOT NULL`,
    [callId, terminal.id],
  );
  return rows[0];
}

/** The clerk saw the card read as masked on the call: it must be this applicant's, masked the same way. */
function namesApplicant(call: CheckedCall, applicant: CaseUpload['applicant']): boolean {
  const identity = remoteIdentitySchema.safeParse(call.identity);
  return identity.success && identity.data.maskedName === maskName(applicant.name) && identity.data.maskedIdNumber === maskIdNumber(applicant.idNumber);
}

/**
 * 远程核验 recorded with the case: the case names the call in which a clerk checked the
 * applicant, and the audit log says who checked whom, when. Linked once: a resent batch links
 * nothing new and writes no second entry. A case whose call does not qualify is stored unlinked.
 */
export async function linkRemoteChecks(db: Queryable, terminal: Terminal, cases: readonly CaseUpload[]): Promise<void> {
  for (const c of cases) {
    if (!c.remoteCallId) continue;
    const call = await checkedCall(db, terminal, c.remoteCallId);
    if (!call || !namesApplicant(call, c.applicant)) continue;
    const { rows } = await db.query('UPDATE cases SET remote_call_id = $1 WHERE id = $2 AND terminal_id = $3 AND remote_call_id IS NULL RETURNING id', [
      call.id,
      c.id,
      terminal.id,
    ]);
    if (rows.length === 0) continue;
    await audit(db, {
      actor: { name: call.clerk, role: 'clerk' },
      sourceIp: null,
      action: 'case.remote_identity',
      target: c.caseNumber,
      regionCode: call.regionCode,
      detail: { call: call.id, checkedAt: new Date(call.checkedAt).toISOString() },
    });
  }
}
