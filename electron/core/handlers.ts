import { KioskError } from '../api/errors.js';
import type { CaseView } from '../api/values.js';
import type { CaseRecord, CaseStore } from './cases/case-store.js';
import { Submissions } from './cases/submission.js';
import { checkAnswers, fieldViews, wantsCertificates, type PrefillSources } from './cases/form.js';
import { summarize } from './catalog/catalog.js';
import type { Handlers } from './dispatch.js';
import { NothingToReprintError, type PrintResult } from './print/print-queue.js';
import { applicationFormDocument, guideDocument } from './print/a4-documents.js';
import { filledForm } from './print/filled-form.js';
import { lobbyTime } from './print/lobby-time.js';
import { renderA4Pdf } from './print/a4-pdf.js';
import { statusSlip } from './print/status-slip.js';
import { callHelp, myCases, submitReview } from './feedback/feedback.js';
import { guideReceipt } from './print/guide-receipt.js';
import { CitizenCertificates } from './certificates.js';
import { benefitsOf } from './benefits.js';
import { materialsReply } from './materials/materials-request.js';
import { offeredCatalog } from './lifecycle/service-state.js';
import { kioskStatus, type KioskServices } from './kiosk-services.js';
import { technicianHandlers } from './technician/technician-handlers.js';

export function createHandlers(services: KioskServices): Handlers {
  // The catalog is read from services at each call: a newly applied bundle replaces it there.
  const { session } = services;
  const catalog = () => offeredCatalog(services);
  const certificates = new CitizenCertificates(services);
  const submissions = new Submissions(services);
  const sources = async (): Promise<PrefillSources> => ({ identity: session.current(), certificates: await certificates.load() });
  return {
    'kiosk.status': async () => kioskStatus(services),
    'identity.read': async ({ timeoutMs }) => {
      const mark = session.mark();
      const view = session.identifyAfterRead(mark, await services.readIdentity(timeoutMs));
      // Asked at once, while the card read is fresh enough for the platform; the form uses it later.
      void certificates.load();
      return view;
    },
    // The contract checked the number (GB 11643, a real birth date); only a citizen ID is typed.
    'identity.typed': async ({ idNumber, name }) => session.identify({ cardType: 'resident', name, idNumber, source: 'typed' }),
    'identity.appCode': async ({ code }) => {
      const checked = services.appCodes.check(code);
      if (!checked.ok) return { accepted: false, refusal: checked.refusal };
      const { idNumber, name } = checked.payload;
      // The province vouches for a citizen's number, so the code is a resident ID's.
      return { accepted: true, identity: session.identify({ cardType: 'resident', name, idNumber, source: 'appCode' }) };
    },
    'session.end': async () => {
      session.end();
      submissions.forget();
      return { ended: true };
    },
    'catalog.list': async () => catalog().list(),
    'catalog.search': async ({ query }) => catalog().searchViews(query),
    'catalog.lifeEvents': async () => catalog().lifeEventSummaries(),
    'catalog.guide': async ({ itemCode }) => guideDocument(catalog().get(itemCode)),
    'guide.print': async ({ itemCode }) =>
      services.printReceipt(null, guideReceipt(guideDocument(catalog().get(itemCode)), services.terminal.hallName, new Date())),
    'form.get': async ({ itemCode }) => {
      const wanted = catalog().applicable(itemCode);
      const parts = wanted.event ? wanted.items.map(summarize) : [];
      const from = await sources();
      return { item: wanted.summary, fields: fieldViews(wanted, from), parts, certificatesUnavailable: wantsCertificates(wanted, from) };
    },
    'form.check': async ({ itemCode, answers, keys }) => checkAnswers(catalog().applicable(itemCode), await sources(), answers, keys),
    'benefits.due': async () => {
      const identity = session.current();
      return benefitsOf(catalog().benefits, identity, await certificates.load(), services.terminal.regionCode, new Date());
    },
    'case.submit': async (request) => {
      const committed = submissions.again(request.submissionId);
      if (committed) return committed;
      // What was fetched when the form was shown, never a newer answer: the citizen typed the rest.
      const from = { identity: session.current(), certificates: await certificates.known() };
      return submissions.submit(from, request);
    },
    'case.outcome': ({ caseNumber }) => submissions.outcome(caseNumber),
    'materials.get': ({ itemCode }) => materialsReply(services, certificates, catalog().applicable(itemCode)),
    'case.query': ({ caseNumber }) => queryCase(services, caseNumber),
    'case.reprint': ({ caseNumber }) => reprintCase(services, caseNumber),
    'case.slip': ({ caseNumber }) => printSlip(services, caseNumber),
    'document.form': ({ caseNumber }) => saveFilledForm(services, caseNumber),
    'cases.mine': async () => myCases(services),
    'review.submit': (review) => submitReview(services, review),
    'help.call': ({ reason }) => callHelp(services, reason),
    'document.guide': async ({ itemCode }) => {
      const item = catalog().get(itemCode);
      return { path: await services.saveDocument(`guide-${item.code}.pdf`, await renderA4Pdf(guideDocument(item))) };
    },
    ...technicianHandlers(services.technician),
  };
}

function notYours(): KioskError {
  return new KioskError({
    code: 'CASE_NOT_FOUND',
    message: '只能打印本人在本终端办理的申请表',
    hint: '请核对办件编号，或到服务台办理',
    en: { message: 'Only your own forms from this terminal can be printed', hint: 'Check the case number, or ask at the service desk' },
  });
}

/** Only the applicant, identified by card now, gets the form back; other people's cases look absent. */
async function saveFilledForm(services: KioskServices, caseNumber: string): Promise<{ path: string }> {
  const identity = services.session.current();
  const record = services.cases.findByNumber(caseNumber);
  if (!record) throw notYours();
  let upload: ReturnType<CaseStore['upload']>;
  try {
    upload = services.cases.upload(record.id);
  } catch {
    throw new KioskError({
      code: 'CASE_NOT_FOUND',
      message: '该办件的填报内容已按规定从本终端清除',
      hint: '可到服务台查询',
      en: { message: 'What was entered for this case has been cleared from this terminal, as the rules require', hint: 'Ask at the service desk' },
    });
  }
  if (upload.applicant.idNumber !== identity.idNumber) throw notYours();
  const item = offeredCatalog(services).get(upload.itemCode);
  const form = filledForm(item.form.fields, upload, services.terminal.hallName);
  const pdf = await renderA4Pdf(applicationFormDocument(form, (iso) => lobbyTime.format(new Date(iso))));
  return { path: await services.saveDocument(`form-${caseNumber}.pdf`, pdf) };
}

function localView(record: CaseRecord): CaseView {
  const timeline = [{ at: record.acceptedAt, label: '终端受理' }];
  if (record.receivedAt) timeline.push({ at: record.receivedAt, label: '平台已接收' });
  return { caseNumber: record.caseNumber, itemName: record.itemName, acceptedAt: record.acceptedAt, status: record.status, source: 'terminal', timeline };
}

/** The platform's word when the line is up; this terminal's own record when it is not. */
async function queryCase(services: KioskServices, caseNumber: string): Promise<CaseView> {
  const local = services.cases.findByNumber(caseNumber);
  const remote = await services.platform.getCase(caseNumber).catch(() => undefined);
  if (remote) {
    return { caseNumber: remote.caseNumber, itemName: remote.itemName, acceptedAt: remote.acceptedAt, status: 'received_by_platform', source: 'platform', timeline: remote.timeline };
  }
  if (local) return localView(local);
  throw new KioskError({
    code: 'CASE_NOT_FOUND',
    message: '没有找到这个办件',
    hint: '请核对回执上的办件编号；刚在其他终端提交的办件可能需要稍后才能查到',
    en: { message: 'No case with this number was found', hint: 'Check the number on the receipt; a case just submitted at another terminal may take a while to appear' },
  });
}

/** 进度单 on the receipt printer: the same answer the screen shows, on paper. */
async function printSlip(services: KioskServices, caseNumber: string) {
  const view = await queryCase(services, caseNumber);
  const { hallName, terminalName } = services.terminal;
  return services.printReceipt(null, statusSlip({ hallName, terminalName, view, printedAt: new Date() }));
}

const notPrintedHere = new KioskError({
  code: 'CASE_NOT_FOUND',
  message: '本终端没有这个办件的回执',
  hint: '回执只能在受理该办件的终端补打；也可凭办件编号到服务台领取',
  en: {
    message: 'This terminal has no receipt for this case',
    hint: 'A receipt can be reprinted only at the terminal that accepted the case; or ask at the service desk with the case number',
  },
});

/** 补打: the receipt as first printed, with where the case stands now. */
async function reprintCase(services: KioskServices, caseNumber: string): Promise<PrintResult> {
  const record = services.cases.findByNumber(caseNumber);
  if (!record) throw notPrintedHere;
  const now = record.status === 'received_by_platform' ? '平台已接收' : '待上传（网络恢复后自动上报）';
  try {
    return await services.reprintReceipt(record.id, now);
  } catch (error) {
    if (error instanceof NothingToReprintError) throw notPrintedHere;
    throw error;
  }
}
