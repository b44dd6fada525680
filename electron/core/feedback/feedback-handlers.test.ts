import { describe, expect, it } from 'vitest';
import { kioskCore } from '../../../tests/support/kiosk-core.js';
import { feedbackHandlers } from './feedback-handlers.js';
import { helpAvailability } from './feedback.js';

/** An offline terminal that accepted one case of 陈晓欣's. */
function terminal() {
  const { db, services } = kioskCore();
  const accepted = services.cases.accept({ itemCode: 'WH-RS-002', itemName: '社会保障卡补领', applicant: { name: '陈晓欣', idNumber: '420103199003120029' }, answers: {} }, 'WH0001');
  const waiting = (kind: string) => db.prepare('SELECT count(*) AS n FROM outbox JOIN events ON events.id = outbox.event_id WHERE events.kind = ?').get(kind);
  const eventIds = () => db.prepare<[], { id: string }>('SELECT id FROM events').all().map((row) => row.id);
  return { handlers: feedbackHandlers({ ...services, staffedHours: undefined }), caseNumber: accepted.caseNumber, waiting, eventIds };
}

describe('好差评 and 呼叫帮办', () => {
  it('takes one review of a case accepted here, kept to go up when the line is back', async () => {
    const { handlers, caseNumber, waiting } = terminal();
    expect(await handlers['review.submit']({ caseNumber, level: '满意', reasons: [] })).toEqual({ reviewed: true, upload: 'waiting' });
    expect(waiting('review')).toEqual({ n: 1 });
    await expect(handlers['review.submit']({ caseNumber, level: '不满意', reasons: ['操作复杂'] })).rejects.toMatchObject({
      code: 'ALREADY_REVIEWED',
      en: { message: 'This case has already been rated; each case is rated once' },
    });
  });

  it('refuses to rate a case this terminal never accepted', async () => {
    const { handlers } = terminal();
    await expect(handlers['review.submit']({ caseNumber: 'WH00012026112300001X', level: '满意', reasons: [] })).rejects.toMatchObject({
      code: 'CASE_NOT_FOUND',
      message: '本终端没有这个办件',
    });
  });

  it('records a call for help even offline, to reach the hall when the line is back', async () => {
    const { handlers, waiting } = terminal();
    expect(await handlers['help.call']({ reason: 'citizen_request' })).toMatchObject({ called: true, upload: 'waiting' });
    expect(waiting('help_call')).toEqual({ n: 1 });
  });

  it('sends a withdrawn call up through the outbox like the call, and refuses to withdraw what was not a call here', async () => {
    const { handlers, waiting, caseNumber, eventIds } = terminal();
    const { callId } = await handlers['help.call']({ reason: 'citizen_request' });
    expect(await handlers['help.cancel']({ callId })).toEqual({ cancelled: true, upload: 'waiting' });
    expect(waiting('help_call')).toEqual({ n: 2 });
    await handlers['review.submit']({ caseNumber, level: '满意', reasons: [] });
    // The withdrawal itself and the review are events here, but not calls.
    const notCalls = eventIds().filter((id) => id !== callId);
    expect(notCalls).toHaveLength(2);
    for (const id of [...notCalls, 'nonsense']) {
      await expect(handlers['help.cancel']({ callId: id })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '本终端没有这次呼叫' });
    }
  });
});

describe('whether a help call reaches someone', () => {
  // Wednesday 2 December 2026; 10:00 and 23:00 in the hall (Asia/Shanghai).
  const morning = new Date('2026-12-02T02:00:00Z');
  const night = new Date('2026-12-02T15:00:00Z');
  const weekdays = { opens: '08:30', closes: '17:30', days: [1, 2, 3, 4, 5] };

  it('says staff are in the hall within its staffed hours, and not at night or on a day it is unstaffed', () => {
    expect(helpAvailability(weekdays, morning)).toEqual({ staffed: true, staffedHours: weekdays });
    expect(helpAvailability(weekdays, night).staffed).toBe(false);
    expect(helpAvailability({ ...weekdays, days: [6, 7] }, morning).staffed).toBe(false);
  });

  it('takes a hall without staffed hours as staffed whenever the terminal serves', () => {
    expect(helpAvailability(undefined, night)).toEqual({ staffed: true, staffedHours: null });
  });
});
