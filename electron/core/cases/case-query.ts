import type { CaseView } from '../../api/values.js';
import type { PlatformClient } from '../uplink/platform-client.js';
import { caseErrors } from './case-errors.js';
import type { CaseRecord, CaseStore } from './case-store.js';

/** What a query reads: this terminal's own record, and the platform's word when the line is up. */
export interface CaseQueryServices {
  cases: Pick<CaseStore, 'findByNumber'>;
  platform: Pick<PlatformClient, 'getCase'>;
}

function localView(record: CaseRecord): CaseView {
  const timeline = [{ at: record.acceptedAt, label: '终端受理' }];
  if (record.receivedAt) timeline.push({ at: record.receivedAt, label: '平台已接收' });
  return { caseNumber: record.caseNumber, itemName: record.itemName, acceptedAt: record.acceptedAt, status: record.status, source: 'terminal', timeline };
}

/** The platform's word when the line is up; this terminal's own record when it is not. */
export async function queryCase(services: CaseQueryServices, caseNumber: string): Promise<CaseView> {
  const local = services.cases.findByNumber(caseNumber);
  const remote = await services.platform.getCase(caseNumber).catch(() => undefined);
  if (remote) {
    return { caseNumber: remote.caseNumber, itemName: remote.itemName, acceptedAt: remote.acceptedAt, status: 'received_by_platform', source: 'platform', timeline: remote.timeline };
  }
  if (local) return localView(local);
  throw caseErrors.notFound();
}
