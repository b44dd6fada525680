import { z } from 'zod';
import { wireText } from './wire-values.js';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间应为 HH:MM / a time is HH:MM (24-hour)');

/** A line on the home screen, Chinese first; English for the English screen. */
export const announcementSchema = z.object({ zh: wireText.min(1).max(200), en: wireText.min(1).max(300) }).strict();

/**
 * What the platform may set on a terminal without a visit. Every setting is optional: a region
 * sets some, a terminal overrides some, and what neither sets stays as the terminal's own config.
 */
export const remoteSettingsSchema = z
  .object({
    idleSeconds: z.number().int().min(10).max(600),
    /** The hall's opening hours (Asia/Shanghai wall-clock, ISO weekdays); null: round the clock. */
    serviceHours: z
      .object({ opens: clockTime, closes: clockTime, days: z.array(z.number().int().min(1).max(7)).min(1).max(7) })
      .strict()
      .refine((h) => h.opens < h.closes, { message: '关门时间应晚于开门时间 / closes must be later than opens', path: ['closes'] })
      .nullable(),
    announcements: z.array(announcementSchema).max(5),
    /** 0 to 100, the speech's loudness. */
    volume: z.number().int().min(0).max(100),
    speech: z.boolean(),
    /** 长者模式 (larger type, slower speech) from the first screen. */
    elderModeByDefault: z.boolean(),
    /** 1 s is for a terminal watched closely (or a test); the fleet's default is a minute. */
    heartbeatIntervalSeconds: z.number().int().min(1).max(3600),
  })
  .partial()
  .strict();
export type RemoteSettings = z.infer<typeof remoteSettingsSchema>;

/** The settings in force for one terminal and their version: it goes up with every change that reaches it. */
export const remoteConfigSchema = z.object({ version: z.number().int().min(0), settings: remoteSettingsSchema }).strict();
export type RemoteConfig = z.infer<typeof remoteConfigSchema>;

/** PUT /v1/admin/config/regions/:code and /v1/admin/config/terminals/:id: the whole set for that scope, replacing the last. */
export const putRemoteSettingsSchema = z.object({ settings: remoteSettingsSchema }).strict();

/** GET of one scope: what it sets itself and, for a terminal, what is in force after its regions. */
export const remoteConfigScopeReplySchema = z.object({
  settings: remoteSettingsSchema,
  version: z.number().int().min(0),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** Terminal scope only: the merged config the terminal is sent, and the version it last reported. */
  effective: remoteConfigSchema.optional(),
  reportedVersion: z.number().int().nullable().optional(),
});
export type RemoteConfigScopeReply = z.infer<typeof remoteConfigScopeReplySchema>;
