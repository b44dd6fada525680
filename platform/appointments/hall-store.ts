import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import type { HallReply, HallSettings } from '../protocol/appointments.js';

/** A hall's settings as the routes and the slot maker read them. */
export interface Hall extends HallSettings {
  id: string;
}

interface HallRow {
  id: string;
  region_code: string;
  name: string;
  slot_minutes: number;
  booking_days: number;
}

const clock = (time: string): string => time.slice(0, 5);

async function hoursOf(db: Queryable, hallId: string): Promise<HallSettings['hours'] | undefined> {
  const { rows } = await db.query<{ day_kind: string; opens: string; closes: string }>('SELECT day_kind, opens::text AS opens, closes::text AS closes FROM hall_hours WHERE hall_id = $1', [hallId]);
  const open = (kind: string) => {
    const row = rows.find((r) => r.day_kind === kind);
    return row ? { opens: clock(row.opens), closes: clock(row.closes) } : null;
  };
  const workday = open('workday');
  return workday ? { workday, weekend: open('weekend') } : undefined;
}

async function groupsOf(db: Queryable, hallId: string): Promise<HallSettings['groups']> {
  const { rows: groups } = await db.query<{ code: string; name: string; slot_capacity: number; windows: string[] }>(
    'SELECT code, name, slot_capacity, windows FROM window_groups WHERE hall_id = $1 ORDER BY code',
    [hallId],
  );
  const { rows: items } = await db.query<{ group_code: string; item_code: string; item_name: string }>(
    'SELECT group_code, item_code, item_name FROM group_items WHERE hall_id = $1 ORDER BY item_code',
    [hallId],
  );
  return groups.map((g) => ({
    code: g.code,
    name: g.name,
    slotCapacity: g.slot_capacity,
    windows: g.windows,
    items: items.filter((i) => i.group_code === g.code).map((i) => ({ code: i.item_code, name: i.item_name })),
  }));
}

async function hallFromRow(db: Queryable, row: HallRow): Promise<Hall | undefined> {
  const hours = await hoursOf(db, row.id);
  if (!hours) return undefined;
  return { id: row.id, regionCode: row.region_code, name: row.name, slotMinutes: row.slot_minutes, bookingDays: row.booking_days, hours, groups: await groupsOf(db, row.id) };
}

const selectHall = 'SELECT id, region_code, name, slot_minutes, booking_days FROM halls';

/** The hall a terminal was enrolled in (its region and hall name); undefined when none is set up. */
export async function hallOf(db: Queryable, terminal: { regionCode: string; hallName: string }): Promise<Hall | undefined> {
  const { rows } = await db.query<HallRow>(`${selectHall} WHERE region_code = $1 AND name = $2`, [terminal.regionCode, terminal.hallName]);
  return rows[0] && hallFromRow(db, rows[0]);
}

export async function hallById(db: Queryable, id: string): Promise<Hall | undefined> {
  const { rows } = await db.query<HallRow>(`${selectHall} WHERE id = $1`, [id]);
  return rows[0] && hallFromRow(db, rows[0]);
}

/** The halls whose region lies under the prefix (scopePrefix), by region and name. */
export async function hallsUnder(db: Queryable, prefix: string): Promise<HallReply[]> {
  const { rows } = await db.query<HallRow>(`${selectHall} WHERE rpad(region_code, 12, '0') LIKE $1 || '%' ORDER BY region_code, name`, [prefix]);
  const halls: HallReply[] = [];
  for (const row of rows) {
    const hall = await hallFromRow(db, row);
    if (hall) halls.push({ id: hall.id, settings: withoutId(hall) });
  }
  return halls;
}

function withoutId(hall: Hall): HallSettings {
  return { regionCode: hall.regionCode, name: hall.name, slotMinutes: hall.slotMinutes, bookingDays: hall.bookingDays, hours: hall.hours, groups: hall.groups };
}

/**
 * Writes a hall's settings whole, in the caller's transaction: hours, groups and items replaced.
 * Bookings already made keep their slot even if the hours no longer offer it; the hall honours them.
 */
export async function saveHall(tx: Queryable, settings: HallSettings): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO halls (id, region_code, name, slot_minutes, booking_days) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (region_code, name) DO UPDATE SET slot_minutes = excluded.slot_minutes, booking_days = excluded.booking_days, updated_at = now()
     RETURNING id`,
    [randomUUID(), settings.regionCode, settings.name, settings.slotMinutes, settings.bookingDays],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('saveHall: no row returned');
  await tx.query('DELETE FROM hall_hours WHERE hall_id = $1', [id]);
  for (const [kind, open] of Object.entries(settings.hours)) {
    if (open) await tx.query('INSERT INTO hall_hours (hall_id, day_kind, opens, closes) VALUES ($1, $2, $3, $4)', [id, kind, open.opens, open.closes]);
  }
  await tx.query('DELETE FROM window_groups WHERE hall_id = $1', [id]);
  for (const group of settings.groups) {
    await tx.query('INSERT INTO window_groups (hall_id, code, name, slot_capacity, windows) VALUES ($1, $2, $3, $4, $5)', [id, group.code, group.name, group.slotCapacity, group.windows]);
    for (const item of group.items) {
      await tx.query('INSERT INTO group_items (hall_id, group_code, item_code, item_name) VALUES ($1, $2, $3, $4)', [id, group.code, item.code, item.name]);
    }
  }
  return id;
}
