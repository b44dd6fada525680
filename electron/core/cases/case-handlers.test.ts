import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseStatusReply } from '../../../platform/protocol/cases.js';
import { kioskCore } from '../../../tests/support/kiosk-core.js';
import type { Identity } from '../session/session.js';
import { workingDaysAfter } from '../materials/working-days.js';
import { caseHandlers } from './case-handlers.js';
import { Submissions } from './submission.js';

const chen: Identity = { cardType: 'resident', name: '陈晓欣', idNumber: '420103199003120029', source: 'card' };
const li: Identity = { cardType: 'resident', name: '李明', idNumber: '110101199003070019', source: 'card' };

/** The ID card read here; the photo taken at the terminal's camera. */
const materials = [
  { key: 'material.idCard', way: 'certificate' as const },
  { key: 'material.photo', way: 'captured' as const, pagesJpegBase64: [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64')] },
];

/** An offline demo terminal, unless a test says what the platform answers of a case. */
function terminal() {
  const core = kioskCore();
  let platformSays: CaseStatusReply | undefined;
  const services = { ...core.services, platform: { getCase: async () => platformSays ?? Promise.reject(new Error('offline')) } };
  const submissions = new Submissions(services);
  const handlers = caseHandlers(services, { submissions, certificates: { known: async () => undefined } });
  const answered = (reply: CaseStatusReply) => void (platformSays = reply);
  return { ...core, handlers, session: services.session, answered };
}

type Terminal = ReturnType<typeof terminal>;

/** 陈晓欣 applies for a new social security card, and waits for her receipt. */
async function apply({ handlers, session }: Terminal, who = chen): Promise<string> {
  session.identify(who);
  const { caseNumber } = await handlers['case.submit']({ submissionId: randomUUID(), itemCode: 'WH-RS-002', answers: { 'delivery.method': 'post' }, materials });
  await handlers['case.outcome']({ caseNumber });
  return caseNumber;
}

describe('applying', () => {
  it('gives the case number at once, then the receipt, which says the case waits to go up', async () => {
    const kiosk = terminal();
    const caseNumber = await apply(kiosk);
    expect(kiosk.sim.receipts.map((r) => r.text.includes(caseNumber))).toEqual([true]);
    expect(await kiosk.handlers['case.outcome']({ caseNumber })).toEqual({ upload: 'waiting', receipt: { printed: true } });
  });

  it('answers a retried submission with the cases it committed, even when the core answering knows no citizen', async () => {
    const { handlers, session, db } = terminal();
    session.identify(chen);
    const request = { submissionId: randomUUID(), itemCode: 'WH-RS-002', answers: { 'delivery.method': 'post' }, materials };
    const first = await handlers['case.submit'](request);
    expect(await handlers['case.submit'](request)).toEqual(first);
    // As after a crash between commit and reply: the restarted core has no session.
    session.end();
    expect(await handlers['case.submit'](request)).toEqual(first);
    expect(db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 1 });
  });
  it("sends up the 远程帮办 call on which a clerk checked this citizen, and nothing for a citizen nobody checked", async () => {
    const kiosk = terminal();
    const uploaded = (caseNumber: string) => kiosk.services.cases.upload(kiosk.services.cases.findByNumber(caseNumber)?.id ?? '').remoteCallId;
    kiosk.session.identify(chen);
    kiosk.session.askedRemote('0190c8f4-0000-7000-8000-000000000001');
    kiosk.session.remoteChecked('0190c8f4-0000-7000-8000-000000000001');
    const { caseNumber } = await kiosk.handlers['case.submit']({ submissionId: randomUUID(), itemCode: 'WH-RS-002', answers: { 'delivery.method': 'post' }, materials });
    expect(uploaded(caseNumber)).toBe('0190c8f4-0000-7000-8000-000000000001');
    kiosk.session.end();
    expect(uploaded(await apply(kiosk, li))).toBeUndefined();
  });
});

describe('a retried submission answered by a core restarted since the commit', () => {
  it('says what comes next as the first reply did: owed material and its deadline, the promised date, how the result comes', async () => {
    const kiosk = terminal();
    kiosk.session.identify(chen);
    const owing = [{ key: 'material.idCard', way: 'certificate' as const }, { key: 'material.photo', way: 'owed' as const }];
    const request = { submissionId: randomUUID(), itemCode: 'WH-RS-002', answers: { 'delivery.method': 'post' }, materials: owing };
    const first = await kiosk.handlers['case.submit'](request);
    expect(first.next?.owed).toHaveLength(1);
    // A new core over the same store: it knows neither the citizen nor the first reply.
    const restarted = new Submissions(kiosk.services);
    const offline = { getCase: () => Promise.reject(new Error('offline')) };
    const handlers = caseHandlers({ ...kiosk.services, platform: offline }, { submissions: restarted, certificates: { known: async () => undefined } });
    kiosk.session.end();
    expect(await handlers['case.submit'](request)).toEqual(first);
  });
});

describe('following a case', () => {
  it('shows this terminal’s record when the platform cannot be reached, and the platform’s word when it can', async () => {
    const kiosk = terminal();
    const caseNumber = await apply(kiosk);
    expect(await kiosk.handlers['case.query']({ caseNumber })).toMatchObject({ source: 'terminal', status: 'accepted_on_terminal', timeline: [{ label: '终端受理' }] });
    const at = new Date().toISOString();
    kiosk.answered({ caseNumber, itemName: '社会保障卡补领', acceptedAt: at, receivedAt: at, status: 'received', timeline: [{ at, label: '部门已受理' }] });
    expect(await kiosk.handlers['case.query']({ caseNumber })).toMatchObject({ source: 'platform', status: 'received_by_platform', timeline: [{ label: '部门已受理' }] });
  });

  it('says by which day the item promises its result: its working days from acceptance, weekends skipped', async () => {
    const kiosk = terminal();
    const caseNumber = await apply(kiosk);
    const view = await kiosk.handlers['case.query']({ caseNumber });
    const promised = kiosk.services.catalog?.list().find((item) => item.code === 'WH-RS-002')?.promisedDays ?? 0;
    expect(promised).toBeGreaterThan(0);
    expect(view.expectedBy).toBe(workingDaysAfter(new Date(view.acceptedAt), promised));
    const day = new Date(`${view.expectedBy ?? ''}T12:00:00+08:00`).getUTCDay();
    expect([0, 6]).not.toContain(day);
  });

  it('says a case nobody knows of was not found, in both languages', async () => {
    const { handlers } = terminal();
    await expect(handlers['case.query']({ caseNumber: 'WH00012026112300001X' })).rejects.toMatchObject({ code: 'CASE_NOT_FOUND', message: '没有找到这个办件', en: { message: 'No case with this number was found' } });
  });

  it('prints the progress on a slip, and reprints the receipt marked 补打 only where it was printed', async () => {
    const kiosk = terminal();
    const caseNumber = await apply(kiosk);
    expect(await kiosk.handlers['case.slip']({ caseNumber })).toEqual({ printed: true });
    expect(await kiosk.handlers['case.reprint']({ caseNumber })).toEqual({ printed: true });
    const [receipt, slip, reprint] = kiosk.sim.receipts.map((r) => r.text);
    expect(slip).toContain('终端受理');
    expect(reprint).toContain('补打');
    expect(reprint).toContain(receipt?.split('\n').find((line) => line.includes(caseNumber)));
    await expect(terminal().handlers['case.reprint']({ caseNumber })).rejects.toMatchObject({ code: 'CASE_NOT_FOUND', message: '本终端没有这个办件的回执' });
  });

  it('gives the filled form back to its applicant only; to anyone else the case looks absent', async () => {
    const kiosk = terminal();
    const caseNumber = await apply(kiosk);
    const saved = await kiosk.handlers['document.form']({ caseNumber });
    if (saved.to !== 'file') throw new Error('a terminal without an A4 printer saves the PDF');
    const { path } = saved;
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    kiosk.session.identify(li);
    await expect(kiosk.handlers['document.form']({ caseNumber })).rejects.toMatchObject({ code: 'CASE_NOT_FOUND', message: '只能打印本人在本终端办理的申请表' });
  });

  it('lists a card holder’s own cases here, and none for a typed number', async () => {
    const kiosk = terminal();
    const caseNumber = await apply(kiosk);
    await apply(kiosk, li);
    kiosk.session.identify(chen);
    expect(await kiosk.handlers['cases.mine']({})).toEqual([expect.objectContaining({ caseNumber, itemName: '社会保障卡补领', reviewed: false })]);
    kiosk.session.identify({ ...chen, source: 'typed' });
    await expect(kiosk.handlers['cases.mine']({})).rejects.toMatchObject({ code: 'NO_IDENTITY' });
  });
});
