import { KioskError } from '../../api/errors.js';
import { reviewLevels, type MyCase, type ReviewLevel, type UploadState } from '../../api/values.js';
import type { HelpCall } from '../../../platform/protocol/events.js';
import type { CaseStore } from '../cases/case-store.js';
import type { Session } from '../session/session.js';
import { AlreadyReviewedError, type EventStore } from './event-store.js';

export interface FeedbackServices {
  cases: CaseStore;
  events: EventStore;
  /** Sends what is due now, briefly: the citizen hears whether it went up. */
  uploads: { flush(): Promise<void> };
}

export interface ReviewInput {
  caseNumber: string;
  level: ReviewLevel;
  reasons: readonly string[];
  comment?: string | undefined;
}

/** 非常满意 is 5, 非常不满意 is 1, as the platform's 好差评 scores. */
export function scoreOf(level: ReviewLevel): number {
  return reviewLevels.length - reviewLevels.indexOf(level);
}

async function upload(services: FeedbackServices, eventId: string): Promise<UploadState> {
  await services.uploads.flush();
  return services.events.delivered(eventId) ? 'uploaded' : 'waiting';
}

/** 好差评 of a case accepted on this terminal, once. */
export async function submitReview(services: FeedbackServices, input: ReviewInput): Promise<{ reviewed: true; upload: UploadState }> {
  const record = services.cases.findByNumber(input.caseNumber);
  if (!record) {
    throw new KioskError({
      code: 'CASE_NOT_FOUND',
      message: '本终端没有这个办件',
      hint: '只能评价在本终端办理的办件；请核对办件编号',
      en: { message: 'This terminal has no such case', hint: 'Only cases from this terminal can be rated; check the case number' },
    });
  }
  let eventId: string;
  try {
    eventId = services.events.review({ caseId: record.id, caseNumber: record.caseNumber, score: scoreOf(input.level), reasons: input.reasons, comment: input.comment === '' ? undefined : input.comment });
  } catch (error) {
    if (error instanceof AlreadyReviewedError) {
      throw new KioskError({
        code: 'ALREADY_REVIEWED',
        message: '该办件已经评价过了，每个办件只能评价一次',
        hint: '感谢您的评价；如有其他意见，请呼叫工作人员',
        en: { message: 'This case has already been rated; each case is rated once', hint: 'Thank you; for anything else, please call the staff' },
      });
    }
    throw error;
  }
  return { reviewed: true, upload: await upload(services, eventId) };
}

/** As many as a screen lists; a citizen rates a recent case, not one from last year. */
const myCasesShown = 50;

/**
 * The identified citizen's cases from this terminal, to follow or to rate: nothing personal in
 * them. Only after a card read or a 鄂汇办 code: an ID number is no secret, so a typed one lists no one's cases.
 */
export function myCases(services: FeedbackServices & { session: Session }): MyCase[] {
  const { idNumber } = services.session.verified();
  return services.cases.findByApplicant(idNumber, myCasesShown).map((record) => ({
    caseNumber: record.caseNumber,
    itemName: record.itemName,
    acceptedAt: record.acceptedAt,
    status: record.status,
    reviewed: services.events.hasReview(record.id),
  }));
}

/** 呼叫帮办: recorded and sent like everything else, so a call made offline still reaches the hall. */
export async function callHelp(services: FeedbackServices, reason: HelpCall['reason']): Promise<{ called: true; upload: UploadState }> {
  const eventId = services.events.helpCall(reason);
  return { called: true, upload: await upload(services, eventId) };
}
