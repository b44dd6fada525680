/*
 * The renderer's one door to the contract in electron/api: types and zod schemas only.
 * Everything in renderer/ imports the contract from here, so this file is the whole list of
 * what the screens rely on.
 */
export { requests } from '../electron/api/contract.js';
export type { ParsedRequestOf, ReplyOf, RequestName, RequestOf } from '../electron/api/contract.js';
export { eventEnvelopeSchema, replyEnvelopeSchema } from '../electron/api/envelope.js';
export { KioskError, refusal, type Said } from '../electron/api/kiosk-error.js';
export { events, isEventName } from '../electron/api/events.js';
export type { EventName, EventOf } from '../electron/api/events.js';
export type { KioskApi, KioskBridge } from '../electron/api/kiosk.js';
export type {
  A4DocumentReply,
  A4JobView,
  BrowseEntry,
  AppCodeRefusal,
  BenefitView,
  CaseStatus,
  CaseView,
  DateBounds,
  FieldProblem,
  FieldView,
  GuideView,
  HelpReason,
  IdentityView,
  ItemSummary,
  KioskStatus,
  LifeStage,
  MyCase,
  PrintProblem,
  PrintResult,
  RefusalView,
  ReviewLevel,
  ServedParty,
  ServiceState,
  ScreenSettings,
  UploadState,
} from '../electron/api/values.js';
export { caseStatusWords } from '../electron/api/case-status-words.js';
export { lifeStages, reviewLevels, reviewReasons, servedParties } from '../electron/api/values.js';
export type { ServiceHours } from '../electron/api/lifecycle.js';
export { technicianIdleSeconds, type TechnicianState, type UnlockReply } from '../electron/api/technician.js';
export type { Check, DeadLetterView, DeviceTest } from '../electron/api/diagnostics.js';
export { baudRates, deviceRoles, type DeviceAssignment, type DeviceRole, type DeviceSettings, type FoundPort, type RoleSetting } from '../electron/api/device-settings.js';
export type { CommitmentSubmission, CommitmentView, MaterialSubmission, MaterialView } from '../electron/api/materials.js';
export { maxPageBytes, maxPagesPerMaterial } from '../electron/api/material-limits.js';
export { idNumberProblem, normalizeIdNumber, type IdNumberProblem } from '../standards/id-number.js';
export type { NextSteps } from '../electron/api/next-steps.js';
export type { BookingView, HallServicesView, SlotDayView, SlotsView, TicketView } from '../electron/api/appointments.js';
export { caseNumberInScan, groupCaseNumber, isValidCaseNumber, normalizeCaseNumber } from '../standards/case-number.js';
export { unmetWords } from '../standards/eligibility.js';
export type { ScanMeaning } from '../electron/api/scan-meaning.js';
export type { PresentedPlatform } from '../electron/api/enrollment.js';
export { noticeNumberSchema, type CaseFeesView, type NoticeView, type PaymentView, type PaymentState } from '../electron/api/payments.js';
export { yuanSign } from '../standards/fen.js';
export { noticeNumberPattern } from '../standards/payment-notice.js';
export { mobileNumberPattern } from '../standards/mobile-number.js';
export { maxPoints, maxPointsPerStroke, maxStrokes, padUnits } from '../electron/api/handwriting.js';
