import type { CaseView } from '../../api/values.js';
import type { LifecycleFacts } from '../lifecycle/service-state.js';
import { workingDaysAfter } from '../materials/working-days.js';
import type { PlatformClient } from '../uplink/platform-client.js';
import { caseErrors } from './case-errors.js';
import type { CaseRecord, CaseStore } from './case-store.js';

/** What a query reads: this terminal's own record, and the platform's word when the line is up. */
export interface CaseQueryServices extends Pick<LifecycleFacts, 'catalog'> {
  cases: Pick<CaseStore, 'findByNumber'>;
  platform: Pick<PlatformClient, 'getCase'>;
}

function localView(record: CaseRecord, expectedBy: string | null): CaseView {
  const timeline = [{ at: record.acceptedAt, label: '终端受理' }];
  if (record.receivedAt) timeline.push({ at: record.receivedAt, label: '平台已接收' });
  return { caseNumber: record.caseNumber, itemName: record.itemName, acceptedAt: record.acceptedAt, status: record.status, source: 'terminal', timeline, expectedBy };
}

/**
 * The day the item promises its result by (承诺时限, in working days from acceptance), for a case
 * this terminal took and an item its catalog still holds; null where that is not known, or the
 * item finishes on the spot.
 */
function expectedBy(services: CaseQueryServices, record: CaseRecord | undefined): string | null {
  const item = record ? services.catalog?.list().find((summary) => summary.code === record.itemCode) : undefined;
  if (!record || !item || item.promisedDays === 0) return null;
  return workingDaysAfter(new Date(record.acceptedAt), item.promisedDays);
}

/** The platform's word when the line is up; this terminal's own record when it is not. */
export async function queryCase(services: CaseQueryServices, caseNumber: string): Promise<CaseView> {
  const local = services.cases.findByNumber(caseNumber);
  const due = expectedBy(services, local);
  const remote = await services.platform.getCase(caseNumber).catch(() => undefined);
  if (remote) {
    const { itemName, acceptedAt, timeline, notProceeding } = remote;
    return { caseNumber: remote.caseNumber, itemName, acceptedAt, status: 'received_by_platform', source: 'platform', timeline, expectedBy: due, ...(notProceeding ? { notProceeding } : {}) };
  }
  if (local) return localView(local, due);
  throw caseErrors.notFound();
}
