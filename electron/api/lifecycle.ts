import { z } from 'zod';

/** Why a terminal takes no one: no signed catalog, a device it cannot serve without, or revoked by an admin. */
export const outOfServiceReasons = ['noTrustedCatalog', 'requiredDeviceMissing', 'revoked', 'coreRestarting'] as const;
export type OutOfServiceReason = (typeof outOfServiceReasons)[number];

/** Devices a hall can say its service cannot do without (config service.requiredDevices). */
export const requirableDevices = ['idcard', 'printer'] as const;
export type RequirableDevice = (typeof requirableDevices)[number];

/**
 * Where the terminal stands in its lifecycle (DESIGN.md): one state, decided in the core, that the
 * screen, the heartbeat and technician mode all read. Only demo and inService take citizens
 * (diskFull: for queries, not for new cases).
 * unenrolled: the platform no longer knows this terminal (its record was removed): enroll again.
 */
export const serviceStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('demo') }),
  z.object({ state: z.literal('inService') }),
  z.object({ state: z.literal('unenrolled') }),
  z.object({ state: z.literal('maintenance') }),
  z.object({ state: z.literal('outOfHours') }),
  /** The disk is full even after purging: no new case is begun (one might not fit), queries and prints still served. */
  z.object({ state: z.literal('diskFull') }),
  z.object({
    state: z.literal('outOfService'),
    reason: z.enum(outOfServiceReasons),
    /** requiredDeviceMissing: which of the required devices is not working. */
    devices: z.array(z.enum(requirableDevices)).optional(),
  }),
]);
export type ServiceState = z.infer<typeof serviceStateSchema>;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间应为 HH:MM / a time is HH:MM (24-hour)');

/**
 * The hall's opening hours, in the hall's wall-clock time (Asia/Shanghai) whatever the OS zone.
 * `days` are ISO weekdays, 1 Monday to 7 Sunday. A terminal open round the clock sets none.
 */
export const serviceHoursSchema = z
  .object({
    opens: clockTime,
    closes: clockTime,
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7).default([1, 2, 3, 4, 5, 6, 7]),
  })
  .strict()
  .refine((hours) => hours.opens < hours.closes, { message: '关门时间应晚于开门时间 / closes must be later than opens', path: ['closes'] });
export type ServiceHours = z.infer<typeof serviceHoursSchema>;
