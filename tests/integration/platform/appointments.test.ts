// 预约 / 取号 on both databases: the last place of a slot goes to one of two terminals asking at
// once, cancelling frees it, a booking checks in for a ticket with the people ahead counted.
import { describe, expect, it } from 'vitest';
import { beijingDate } from '../../../platform/appointments/slots.js';
import { bookingSchema, slotsReplySchema, ticketSchema, type HallSettings } from '../../../platform/protocol/index.js';
import { adminToken, databaseKinds, expectPlatformError, hall, signedFetch, twoTerminals, type TestPlatform, type TestTerminal } from './harness.js';

const young = '420103199003120029';
const elder = '420111195803061233';
/** Used by the check-in test alone, so no booking of another test is today's. */
const grandmother = '420102195207041029';
const itemCode = '11420102MB1234567X4420112001000';

/** Open every day but holidays, all day, so some slot is always ahead whatever the hour the test runs. */
function settings(slotCapacity: number): HallSettings {
  return {
    regionCode: hall.regionCode,
    name: hall.hallName,
    slotMinutes: 30,
    bookingDays: 14,
    hours: { workday: { opens: '00:00', closes: '23:30' }, weekend: { opens: '00:00', closes: '23:30' } },
    groups: [
      { code: 'A', name: '社保医保', slotCapacity, windows: ['1', '2'], items: [{ code: itemCode, name: '城乡居民基本养老保险参保登记' }] },
      { code: 'B', name: '综合受理', slotCapacity: 0, windows: ['3'], items: [] },
    ],
  };
}

async function putHall(platform: TestPlatform, body: HallSettings): Promise<Response> {
  return fetch(`${platform.url}/v1/admin/halls`, { method: 'PUT', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function hallId(platform: TestPlatform, slotCapacity: number): Promise<string> {
  const res = await putHall(platform, settings(slotCapacity));
  expect(res.status).toBe(200);
  return ((await res.json()) as { id: string }).id;
}

const post = (platform: TestPlatform, terminal: TestTerminal, path: string, body: unknown) => signedFetch(platform, terminal, path, { body: JSON.stringify(body) });

async function slots(platform: TestPlatform, terminal: TestTerminal) {
  const res = await signedFetch(platform, terminal, `/v1/appointments/slots?item=${itemCode}`);
  expect(res.status).toBe(200);
  return slotsReplySchema.parse(await res.json());
}

/** The slots still open, soonest first, skipping the next hour so none begins during the test. */
async function openSlots(platform: TestPlatform, terminal: TestTerminal): Promise<string[]> {
  const soon = Date.now() + 3_600_000;
  return (await slots(platform, terminal)).days.flatMap((d) => d.slots).filter((s) => s.remaining > 0 && Date.parse(s.startsAt) > soon).map((s) => s.startsAt);
}

const book = (platform: TestPlatform, terminal: TestTerminal, idNumber: string, startsAt: string) => post(platform, terminal, '/v1/appointments', { idNumber, itemCode, startsAt });

async function callNext(platform: TestPlatform, id: string): Promise<string | null> {
  const res = await fetch(`${platform.url}/v1/admin/halls/${id}/queue/call`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ groupCode: 'A', window: '1' }) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { called: string | null }).called;
}

describe.each(databaseKinds)('appointments and queue tickets on %s', (kind) => {
  const fleet = twoTerminals(kind);

  it('gives the last place of a slot to one of two terminals asking at once, and refuses the other plainly', async () => {
    const { platform, terminal, other } = fleet;
    await hallId(platform, 1);
    for (const startsAt of (await openSlots(platform, terminal)).slice(0, 8)) {
      const replies = await Promise.all([book(platform, terminal, young, startsAt), book(platform, other, elder, startsAt)]);
      expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
      const refused = replies.find((r) => r.status === 409);
      if (refused) await expectPlatformError(refused, 409, 'slot_full');
      const { rows } = await platform.db.query<{ n: number }>("SELECT count(*)::int AS n FROM bookings WHERE starts_at = $1 AND status = 'booked'", [startsAt]);
      expect(rows[0]?.n).toBe(1);
    }
  });

  it('frees the place on cancelling, so another can book it, and keeps the ID number out of the table', async () => {
    const { platform, terminal, other } = fleet;
    await hallId(platform, 1);
    const [startsAt] = await openSlots(platform, terminal);
    if (startsAt === undefined) throw new Error('no open slot');
    const mine = bookingSchema.parse(await (await book(platform, terminal, young, startsAt)).json());
    await expectPlatformError(await book(platform, other, elder, startsAt), 409, 'slot_full');
    const listed = (await (await post(platform, terminal, '/v1/appointments/mine', { idNumber: young })).json()) as { bookings: unknown[] };
    expect(listed.bookings.map((b) => bookingSchema.parse(b).id)).toContain(mine.id);
    await expectPlatformError(await post(platform, other, `/v1/appointments/${mine.id}/cancel`, { idNumber: elder }), 404, 'no_such_booking');
    const cancelled = bookingSchema.parse(await (await post(platform, other, `/v1/appointments/${mine.id}/cancel`, { idNumber: young })).json());
    expect(cancelled.status).toBe('cancelled');
    expect((await book(platform, other, elder, startsAt)).status).toBe(200);
    const { rows } = await platform.db.query<{ row: string }>('SELECT row_to_json(bookings)::text AS row FROM bookings');
    for (const { row } of rows) expect(row).not.toContain(young);
  });

  it('refuses a second booking of one slot by the same person, and a time that is no slot', async () => {
    const { platform, terminal } = fleet;
    await hallId(platform, 5);
    const [startsAt] = (await openSlots(platform, terminal)).slice(-1);
    if (startsAt === undefined) throw new Error('no open slot');
    expect((await book(platform, terminal, young, startsAt)).status).toBe(200);
    await expectPlatformError(await book(platform, terminal, young, startsAt), 409, 'already_booked');
    const left = (await slots(platform, terminal)).days.flatMap((d) => d.slots).find((s) => s.startsAt === startsAt);
    expect(left?.remaining).toBe(4);
    await expectPlatformError(await book(platform, terminal, young, startsAt.replace(':00:00+', ':10:00+').replace(':30:00+', ':40:00+')), 422, 'no_such_slot');
  });

  it('checks a booking in on its day for a ticket ahead of walk-ins, with the people ahead counted and called', async () => {
    const { platform, terminal, other } = fleet;
    const id = await hallId(platform, 5);
    while ((await callNext(platform, id)) !== null);
    const walkIn = ticketSchema.parse(await (await post(platform, terminal, '/v1/queue/tickets', { groupCode: 'A' })).json());
    expect(walkIn).toMatchObject({ groupName: '社保医保', windows: ['1', '2'], bookedFor: null, elder: false });
    const [startsAt] = (await openSlots(platform, terminal)).slice(-2);
    if (startsAt === undefined) throw new Error('no open slot');
    const booking = bookingSchema.parse(await (await book(platform, terminal, grandmother, startsAt)).json());
    await expectPlatformError(await post(platform, other, '/v1/queue/check-in', { code: booking.code }), 404, 'no_booking_today');
    // The booking is moved to noon today (China's day), as if made days ago for today.
    await platform.db.query("UPDATE bookings SET starts_at = ($2::date + interval '4 hours') AT TIME ZONE 'UTC' WHERE id = $1", [booking.id, beijingDate(Date.now())]);
    const ticket = ticketSchema.parse(await (await post(platform, other, '/v1/queue/check-in', { idNumber: grandmother })).json());
    expect(ticket).toMatchObject({ groupCode: 'A', elder: true, peopleAhead: 0 });
    expect(ticket.bookedFor).toMatch(/T12:00:00\+08:00$/);
    await expectPlatformError(await post(platform, other, '/v1/queue/check-in', { code: booking.code }), 404, 'no_booking_today');
    const behind = ticketSchema.parse(await (await post(platform, terminal, '/v1/queue/tickets', { groupCode: 'A', idNumber: young })).json());
    expect(behind.peopleAhead).toBe(2);
    expect(await callNext(platform, id)).toBe(ticket.number);
    const now = ticketSchema.parse(await (await signedFetch(platform, terminal, `/v1/queue/tickets/${behind.id}`)).json());
    expect(now.peopleAhead).toBe(1);
    expect(await callNext(platform, id)).toBe(walkIn.number);
  });

  it('lets admins edit halls only in their region, each change audited', async () => {
    const { platform } = fleet;
    await expectPlatformError(await putHall(platform, { ...settings(1), regionCode: '110101' }), 403, 'forbidden');
    await hallId(platform, 3);
    const { rows } = await platform.db.query<{ target: string }>("SELECT target FROM audit_log WHERE action = 'hall.changed'");
    expect(rows.map((r) => r.target)).toContain(`${hall.regionCode}:${hall.hallName}`);
  });
});
