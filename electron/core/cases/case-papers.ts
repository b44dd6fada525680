import type { ReceiptInput } from '../../../drivers/printer/receipt.js';
import { caseStatusWords } from '../../api/case-status-words.js';
import { offeredCatalog } from '../lifecycle/service-state.js';
import { applicationFormDocument } from '../print/a4-documents.js';
import type { A4Output, A4Paper } from '../print/a4-output.js';
import { renderA4Pdf } from '../print/a4-pdf.js';
import { filledForm } from '../print/filled-form.js';
import { lobbyTime } from '../print/lobby-time.js';
import { NothingToReprintError, type PrintResult } from '../print/print-queue.js';
import { statusSlip } from '../print/status-slip.js';
import type { Session } from '../session/session.js';
import type { TerminalIdentity } from '../uplink/terminal-identity.js';
import { caseErrors } from './case-errors.js';
import { queryCase, type CaseQueryServices } from './case-query.js';
import type { CaseStore } from './case-store.js';

/** What putting a case on paper needs: the case, the printer, where PDFs go, and who is asking. */
export interface CasePaperServices extends CaseQueryServices {
  terminal: Pick<TerminalIdentity, 'hallName' | 'terminalName'>;
  cases: Pick<CaseStore, 'findByNumber' | 'upload'>;
  session: Pick<Session, 'current'>;
  /** caseId null: a status slip is no case's receipt, never reprinted as one. */
  printReceipt(caseId: null, receipt: ReceiptInput): Promise<PrintResult>;
  /** Throws NothingToReprintError when no receipt of the case was printed here. */
  reprintReceipt(caseId: string, currentState: string): Promise<PrintResult>;
  a4: Pick<A4Output, 'put'>;
}

/** 进度单 on the receipt printer: the same answer the screen shows, on paper. */
export async function printSlip(services: CasePaperServices, caseNumber: string): Promise<PrintResult> {
  const view = await queryCase(services, caseNumber);
  const { hallName, terminalName } = services.terminal;
  return services.printReceipt(null, statusSlip({ hallName, terminalName, view, printedAt: new Date() }));
}

/** 补打: the receipt as first printed, with where the case stands now. */
export async function reprintCase(services: CasePaperServices, caseNumber: string): Promise<PrintResult> {
  const record = services.cases.findByNumber(caseNumber);
  if (!record) throw caseErrors.notPrintedHere();
  const now = caseStatusWords[record.status].zh;
  try {
    return await services.reprintReceipt(record.id, now);
  } catch (error) {
    if (error instanceof NothingToReprintError) throw caseErrors.notPrintedHere();
    throw error;
  }
}

/** The case's answers, for its applicant identified now; to anyone else the case looks absent. */
export function applicantsUpload(services: Pick<CasePaperServices, 'session' | 'cases'>, caseId: string): ReturnType<CaseStore['upload']> {
  const identity = services.session.current();
  let upload: ReturnType<CaseStore['upload']>;
  try {
    upload = services.cases.upload(caseId);
  } catch {
    throw caseErrors.answersCleared();
  }
  if (upload.applicant.idNumber !== identity.idNumber) throw caseErrors.notYours();
  return upload;
}

/** Only the applicant, identified by card now, gets the form back; other people's cases look absent. */
export async function formPaper(services: Omit<CasePaperServices, 'a4' | 'printReceipt' | 'reprintReceipt'>, caseNumber: string): Promise<A4Paper> {
  const record = services.cases.findByNumber(caseNumber);
  if (!record) throw caseErrors.notYours();
  const upload = applicantsUpload(services, record.id);
  const item = offeredCatalog(services).get(upload.itemCode);
  const form = filledForm(item.form.fields, upload, services.terminal.hallName);
  const document = applicationFormDocument(form, (iso) => lobbyTime.format(new Date(iso)));
  // The printer's job list shows the title: the item's, never the applicant's name.
  return { kind: 'form', caseId: record.id, title: `${item.name} 申请表`, fileName: `form-${caseNumber}.pdf`, pdf: await renderA4Pdf(document) };
}
