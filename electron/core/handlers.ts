import { appointmentHandlers } from './appointments/appointment-handlers.js';
import { caseHandlers } from './cases/case-handlers.js';
import { applicantsUpload, formPaper } from './cases/case-papers.js';
import { formHandlers } from './cases/form-handlers.js';
import { Submissions } from './cases/submission.js';
import { catalogHandlers, guidePaper } from './catalog/catalog-handlers.js';
import { CitizenCertificates } from './certificates.js';
import { diagnosticsHandlers } from './diagnostics/diagnostics-handlers.js';
import { deviceSettingsHandlers } from './devices/device-settings-handlers.js';
import type { Handlers } from './dispatch.js';
import { enrollmentHandlers } from './enrollment/enrollment-handlers.js';
import { feedbackHandlers } from './feedback/feedback-handlers.js';
import { guideHandlers } from './guide/guide-handlers.js';
import { handwritingHandlers } from './handwriting/handwriting-handlers.js';
import type { KioskServices } from './kiosk-services.js';
import { materialsHandlers } from './materials/materials-handlers.js';
import { paymentHandlers } from './payments/payment-handlers.js';
import { scanHandlers } from './scanner/scan-handlers.js';
import { a4Handlers } from './print/a4-handlers.js';
import { mayReprintResult, resultHandlers } from './results/result-handlers.js';
import { remoteWindowHandlers } from './remote-window/remote-window-handlers.js';
import { cardPhotoHandler } from './remote-window/card-photo-handler.js';
import { sessionHandlers } from './session/session-handlers.js';
import { smsHandlers } from './sms/sms-handlers.js';
import { statusHandlers } from './status-handlers.js';
import { technicianHandlers } from './technician/technician-handlers.js';

/**
 * Every request's handler, one concept's at a time; each concept takes the narrow part of the
 * services it uses. Handlers read services.catalog at each call: a newly applied bundle replaces it.
 */
export function createHandlers(services: KioskServices): Handlers {
  // The citizen's business shared between concepts: certificates fetched at the card read prefill
  // the form and spare materials; the session's end forgets the submission's receipt.
  const citizen = { certificates: new CitizenCertificates(services), submissions: new Submissions(services) };
  return {
    ...statusHandlers(services),
    ...sessionHandlers(services, citizen),
    ...catalogHandlers(services, citizen),
    ...guideHandlers(services),
    ...formHandlers(services, citizen),
    ...materialsHandlers(services, citizen),
    ...caseHandlers(services, citizen),
    ...a4Handlers(services.a4, {
      guide: (itemCode) => guidePaper(services, itemCode),
      form: (caseNumber) => formPaper(services, caseNumber),
      mayHave: (owner) => {
        if (owner.caseId !== null) void applicantsUpload(services, owner.caseId);
        if (owner.holder !== null) mayReprintResult(services.session, owner.holder);
      },
    }),
    ...resultHandlers(services),
    ...feedbackHandlers(services),
    ...paymentHandlers(services),
    ...scanHandlers(services.scanDesk),
    ...diagnosticsHandlers(services.diagnostics),
    ...technicianHandlers(services.technician),
    ...deviceSettingsHandlers(services.deviceSettings),
    ...enrollmentHandlers(services.enrollment),
    ...appointmentHandlers(services),
    ...smsHandlers(services),
    ...remoteWindowHandlers(services),
    ...handwritingHandlers(),
    ...cardPhotoHandler(services.session),
  };
}
