import type { ParsedRequestOf, ReplyOf } from '../../api/contract.js';
import type { NextSteps } from '../../api/next-steps.js';
import type { UploadState } from '../../api/values.js';
import type { ReceiptInput } from '../../../drivers/printer/receipt.js';
import type { Applicable } from '../catalog/catalog.js';
import { fanOut } from '../catalog/life-event.js';
import { assertEligible } from '../catalog/eligibility.js';
import { offeredCatalog, type LifecycleFacts } from '../lifecycle/service-state.js';
import type { CaseMaterials } from '../materials/case-materials.js';
import { checkSubmission, type CheckedSubmission } from '../materials/materials-request.js';
import { materialFacts } from '../materials/receipt-facts.js';
import { acceptanceReceipt } from '../print/acceptance-receipt.js';
import type { PrintResult } from '../print/print-queue.js';
import type { TerminalIdentity } from '../uplink/terminal-identity.js';
import { caseErrors } from './case-errors.js';
import type { CaseFee } from '../../../platform/protocol/cases.js';
import type { AcceptedCase, CaseStore, NewCase, SubmittedCases } from './case-store.js';
import { resolveAnswers, type PrefillSources } from './form.js';
import { nextSteps } from './next-steps.js';

type SubmitReply = ReplyOf<'case.submit'>;

export interface SubmissionOutcome {
  upload: UploadState;
  receipt: PrintResult;
}

/** What was committed, kept for the receipt printed after the reply. */
interface Submitted {
  wanted: Applicable;
  checked: CheckedSubmission;
  accepted: readonly AcceptedCase[];
  first: AcceptedCase;
  next: NextSteps;
}

interface Pending {
  submissionId: string;
  reply: SubmitReply;
  outcome: Promise<SubmissionOutcome>;
}

/**
 * A submission is answered as soon as its cases are committed, so the citizen sees the case
 * number at once; the upload attempt and the receipt (which says whether the case is uploaded)
 * follow, and the confirmation screen asks for them by the case number. Only the latest
 * submission is kept: one citizen stands at a terminal at a time.
 */
/** What a submission needs of the kiosk, and no more: the catalog offered, the stores, the upload, the printer. */
export interface SubmissionServices extends Pick<LifecycleFacts, 'demo' | 'catalog'> {
  terminal: Pick<TerminalIdentity, 'terminalCode' | 'hallName' | 'terminalName'>;
  cases: CaseStore;
  caseMaterials: CaseMaterials;
  /** Sends what is due now, briefly: the confirmation says whether the case went up. */
  uploads: { flush(): Promise<void> };
  printReceipt(caseId: string, receipt: ReceiptInput): Promise<PrintResult>;
}

/** Who applies, and how they were identified: the form's sources and a remote clerk's check. */
export interface Applying extends PrefillSources {
  /** The 远程帮办 call in this session on which a clerk checked the citizen's identity. */
  remoteCallId: string | undefined;
}

export class Submissions {
  private latest: Pending | undefined;

  constructor(private readonly services: SubmissionServices) {}

  /**
   * The reply of a submission committed before, or undefined. Asked before anything else: the core
   * that committed it may have died since, and the one answering now knows no citizen yet.
   */
  again(submissionId: string): SubmitReply | undefined {
    if (this.latest?.submissionId === submissionId) return this.latest.reply;
    // A core restarted since the commit knows what comes next from the store, kept with the cases.
    const committed = this.services.cases.submitted(submissionId);
    const [first] = committed ?? [];
    if (!committed || !first) return undefined;
    const cases = committed.map(({ caseNumber, itemCode, itemName, fees }) => ({ caseNumber, itemCode, itemName, ...withFees(fees) }));
    const next = this.services.cases.nextStepsOf(submissionId);
    return { caseNumber: first.caseNumber, cases, acceptedAt: first.acceptedAt, ...(next ? { next } : {}) };
  }

  submit(from: Applying, request: ParsedRequestOf<'case.submit'>): SubmitReply {
    const catalog = offeredCatalog(this.services);
    const wanted = catalog.applicable(request.itemCode);
    assertEligible(wanted, from.identity.idNumber, new Date(), request.answers);
    const inputs = newCases(wanted, from, request.answers, catalog.version);
    const checked = checkSubmission(wanted, from.identity, from.certificates, request.materials, request.commitment);
    const now = new Date();
    const casesOf = (accepted: readonly AcceptedCase[]) =>
      accepted.map((a, i) => ({ caseNumber: a.caseNumber, itemCode: inputs[i]?.itemCode ?? '', itemName: inputs[i]?.itemName ?? '', ...withFees(inputs[i]?.fees ?? []) }));
    const nextOf = (accepted: readonly AcceptedCase[]) =>
      nextSteps({ wanted, cases: casesOf(accepted), owed: checked.resolved.owed, cardRead: from.identity.source === 'card', acceptedAt: now });
    const { accepted, again } = acceptOrExplain(this.services, request.submissionId, { wanted, inputs, checked, now, nextOf });
    const replay = again ? this.again(request.submissionId) : undefined;
    if (replay) return replay;
    const cases = casesOf(accepted);
    const [first] = accepted;
    if (!first) throw new Error('a submission accepted no case');
    const next = nextOf(accepted);
    const outcome = this.uploadAndPrint(from, { wanted, checked, accepted, first, next });
    // Nobody may ask (the citizen walks off): a failed print must not become an unhandled rejection.
    outcome.catch(() => undefined);
    const reply = { caseNumber: first.caseNumber, cases, acceptedAt: first.acceptedAt, next };
    this.latest = { submissionId: request.submissionId, reply, outcome };
    return reply;
  }

  /** The upload and receipt of the latest submission, once both are settled. */
  outcome(caseNumber: string): Promise<SubmissionOutcome> {
    if (this.latest?.reply.caseNumber !== caseNumber) throw caseErrors.noReceiptUnderWay();
    return this.latest.outcome;
  }

  /** The session ended: the next citizen learns nothing of this one's receipt. */
  forget(): void {
    this.latest = undefined;
  }

  private async uploadAndPrint(from: PrefillSources, submitted: Submitted): Promise<SubmissionOutcome> {
    const { services } = this;
    const { wanted, checked, accepted, first, next } = submitted;
    await services.uploads.flush();
    const upload = uploadState(services, accepted);
    // One receipt for the submission, filed under its first case: that is where 补打 finds it.
    const receipt = await services.printReceipt(
      first.id,
      acceptanceReceipt({
        hallName: services.terminal.hallName,
        terminalName: services.terminal.terminalName,
        itemName: wanted.summary.name,
        caseNumber: first.caseNumber,
        acceptedAt: first.acceptedAt,
        applicant: from.identity,
        upload,
        materials: materialFacts(checked.resolved, checked.commitment),
        next,
        ...(wanted.event ? { bundleName: wanted.event.name } : {}),
      }),
    );
    return { upload, receipt };
  }
}

interface Accepting {
  wanted: Applicable;
  inputs: NewCase[];
  checked: CheckedSubmission;
  now: Date;
  /** What the reply will say comes next, kept in the same transaction for a retry to say again. */
  nextOf: (accepted: readonly AcceptedCase[]) => NextSteps;
}

function acceptOrExplain(services: SubmissionServices, submissionId: string, { wanted, inputs, checked, now, nextOf }: Accepting): SubmittedCases {
  const { resolved, commitment } = checked;
  try {
    return services.cases.acceptOnce(submissionId, inputs, services.terminal.terminalCode, now, (cases) => {
      services.caseMaterials.write({ cases, items: wanted.items, resolved, commitment, acceptedAt: now });
      services.cases.keepNextSteps(submissionId, nextOf(cases));
    });
  } catch (error) {
    throw caseErrors.notSaved(error);
  }
}

/** The reply names fees only for a case that has some: the screen offers 缴费 for those. */
const withFees = (fees: readonly CaseFee[]) => (fees.length > 0 ? { fees: [...fees] } : {});

/** An item becomes one case; a 一件事 one case per item, each holding only its own answers and its catalog's version. */
function newCases(wanted: Applicable, from: Applying, given: Record<string, string>, catalogVersion: number): NewCase[] {
  const answers = resolveAnswers(wanted, from, given);
  const { identity } = from;
  const applicant = { name: identity.name, idNumber: identity.idNumber };
  const byItem = new Map(fanOut(wanted.items, answers).map((part) => [part.itemCode, part.answers]));
  return wanted.items.map((item) => ({
    itemCode: item.code,
    itemName: item.name,
    applicant,
    answers: byItem.get(item.code) ?? {},
    fees: item.fees.filter((fee) => fee.amountFen > 0).map(({ name, amountFen }) => ({ name, amountFen })),
    ...(from.remoteCallId ? { remoteCallId: from.remoteCallId } : {}),
    catalogVersion,
  }));
}

/** Uploaded only when every case of the submission reached the platform. */
function uploadState(services: SubmissionServices, accepted: readonly AcceptedCase[]): UploadState {
  const all = accepted.every((a) => services.cases.findByNumber(a.caseNumber)?.status === 'received_by_platform');
  return all ? 'uploaded' : 'waiting';
}
