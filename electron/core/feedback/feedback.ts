import type { ServiceHours } from '../../api/lifecycle.js';
import { reviewLevels, type MyCase, type ReviewLevel, type UploadState } from '../../api/values.js';
import type { HelpCall } from '../../../platform/protocol/events.js';
import type { CaseStore } from '../cases/case-store.js';
import type { Session } from '../session/session.js';
import { withinHours } from '../lifecycle/service-hours.js';
import { AlreadyReviewedError, type EventStore } from './event-store.js';
import { feedbackErrors } from './feedback-errors.js';

export interface FeedbackServices {
  cases: CaseStore;
  events: EventStore;
  /** Sends what is due now, briefly: the citizen hears whether it went up. */
  uploads: { flush(): Promise<void> };
  /** A help call was recorded: the kiosk listens for the hall's answer to it. */
  helpCalled?(callId: string): void;
  /** The citizen withdrew it: the kiosk stops listening, and the screen forgets who was coming. */
  helpCancelled?(callId: string): void;
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

/** Sends what is due, briefly, and says whether `eventId` reached the platform. */
export async function eventUpload(services: Pick<FeedbackServices, 'uploads' | 'events'>, eventId: string): Promise<UploadState> {
  await services.uploads.flush();
  return services.events.delivered(eventId) ? 'uploaded' : 'waiting';
}

/** 好差评 of a case accepted on this terminal, once. */
export async function submitReview(services: FeedbackServices, input: ReviewInput): Promise<{ reviewed: true; upload: UploadState }> {
  const record = services.cases.findByNumber(input.caseNumber);
  if (!record) throw feedbackErrors.notCaseHere();
  let eventId: string;
  try {
    eventId = services.events.review({ caseId: record.id, caseNumber: record.caseNumber, score: scoreOf(input.level), reasons: input.reasons, comment: input.comment === '' ? undefined : input.comment });
  } catch (error) {
    if (error instanceof AlreadyReviewedError) throw feedbackErrors.alreadyReviewed();
    throw error;
  }
  return { reviewed: true, upload: await eventUpload(services, eventId) };
}

/** What listing a citizen's cases reads: whose they are, and which were rated. */
export interface MyCasesServices {
  cases: Pick<CaseStore, 'findByApplicant'>;
  events: Pick<EventStore, 'hasReview'>;
  session: Pick<Session, 'verified'>;
}

/** As many as a screen lists; a citizen rates a recent case, not one from last year. */
const myCasesShown = 50;

/**
 * The identified citizen's cases from this terminal, to follow or to rate: nothing personal in
 * them. Only after a card read or a 鄂汇办 code: an ID number is no secret, so a typed one lists no one's cases.
 */
export function myCases(services: MyCasesServices): MyCase[] {
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
export async function callHelp(services: FeedbackServices, reason: HelpCall['reason']): Promise<{ called: true; callId: string; upload: UploadState }> {
  const eventId = services.events.helpCall(reason);
  services.helpCalled?.(eventId);
  return { called: true, callId: eventId, upload: await eventUpload(services, eventId) };
}

/**
 * 取消呼叫: the withdrawal goes up through the outbox like the call, so staff who have not set off
 * see it in their list and those who answered are told, offline too.
 */
export async function cancelHelp(services: FeedbackServices, callId: string): Promise<{ cancelled: true; upload: UploadState }> {
  if (!services.events.isHelpCall(callId)) throw feedbackErrors.noSuchCall();
  const eventId = services.events.helpCancel(callId);
  services.helpCancelled?.(callId);
  return { cancelled: true, upload: await eventUpload(services, eventId) };
}

/**
 * Whether a help call reaches someone now: outside the hall's staffed hours nobody is there to
 * walk over, so the screen must not promise it. No staffed hours configured: staffed always.
 */
export function helpAvailability(staffedHours: ServiceHours | undefined, now: Date): { staffed: boolean; staffedHours: ServiceHours | null } {
  return { staffed: staffedHours === undefined || withinHours(staffedHours, now), staffedHours: staffedHours ?? null };
}
