/*
 * The renderer's one door to the contract in electron/api: types and zod schemas only.
 * Everything in renderer/ imports the contract from here, so this file is the whole list of
 * what the screens rely on.
 */
export { requests } from '../electron/api/contract.js';
export type { ParsedRequestOf, ReplyOf, RequestName, RequestOf } from '../electron/api/contract.js';
export { eventEnvelopeSchema, replyEnvelopeSchema } from '../electron/api/envelope.js';
export { KioskError } from '../electron/api/errors.js';
export { events, isEventName } from '../electron/api/events.js';
export type { EventName, EventOf } from '../electron/api/events.js';
export type { KioskApi, KioskBridge } from '../electron/api/kiosk.js';
export type { CaseStatus, CaseSummary, CaseView, FieldView, IdentityView, ItemSummary, KioskStatus, UploadState } from '../electron/api/values.js';
export { idNumberProblem, normalizeIdNumber, type IdNumberProblem } from '../electron/api/id-number.js';
