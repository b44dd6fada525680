import { z } from 'zod';

/** The speeds serial readers and printers are sold with; anything else is a typo. */
export const baudRates = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600] as const;

/** The roles a technician gives the ports found: what each device is for. */
export const deviceRoles = ['idcard', 'printer', 'scanner'] as const;
export type DeviceRole = (typeof deviceRoles)[number];

const devicePath = z.string().min(1).max(256);

/** A port the technician may give a role: one found on the machine, or one a role is configured on. */
export const foundPortSchema = z.object({
  kind: z.enum(['serial', 'hid']),
  path: devicePath,
  /** The maker and model where the device says them; never anything about a person. */
  label: z.string().max(200),
  /** Found now: false for a configured port that is not there (unplugged). */
  present: z.boolean(),
});
export type FoundPort = z.infer<typeof foundPortSchema>;

/** How one role is configured now (path and baud null where its kind has none: simulated, a network printer, a wedge). */
export const roleSettingSchema = z.object({
  role: z.enum(deviceRoles),
  kind: z.enum(['serial', 'hid', 'tcp', 'simulated', 'wedge']),
  path: z.string().nullable(),
  baudRate: z.number().int().nullable(),
});
export type RoleSetting = z.infer<typeof roleSettingSchema>;

export const deviceSettingsSchema = z.object({
  /** An enrolled terminal's own config.json is changed; the demo's devices come with the demo. */
  editable: z.boolean(),
  /**
   * Saved but not yet opened: the roles are config.json's, and the core answering still runs the
   * devices it started with (it is about to start again). The screen waits for false.
   */
  pending: z.boolean(),
  roles: z.array(roleSettingSchema),
  ports: z.array(foundPortSchema),
});
export type DeviceSettings = z.infer<typeof deviceSettingsSchema>;

/** A role given to a port, and its baud on a serial one; the core checks both with `tongban config set`'s words. */
export const deviceAssignmentSchema = z
  .object({ role: z.enum(deviceRoles), kind: z.enum(['serial', 'hid']), path: devicePath, baudRate: z.number().int().nullable() })
  .strict();
export type DeviceAssignment = z.infer<typeof deviceAssignmentSchema>;
