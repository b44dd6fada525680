import { z } from 'zod';

/** What the soak and the demo process it forks (demo-process.ts) say to each other over IPC. */
export const demoRequestSchema = z.discriminatedUnion('op', [
  z.object({ id: z.number(), op: z.literal('placeCard'), card: z.string() }),
  z.object({ id: z.number(), op: z.literal('removeCard') }),
  z.object({ id: z.number(), op: z.literal('paper'), out: z.boolean() }),
  z.object({ id: z.number(), op: z.literal('platform'), up: z.boolean() }),
  z.object({ id: z.number(), op: z.literal('reader'), plugged: z.boolean() }),
  z.object({ id: z.number(), op: z.literal('stored'), caseNumbers: z.array(z.string()) }),
  z.object({ id: z.number(), op: z.literal('publishCatalog') }),
  z.object({ id: z.number(), op: z.literal('catalogAdoption') }),
  z.object({ id: z.number(), op: z.literal('close') }),
]);
export type DemoRequest = z.infer<typeof demoRequestSchema>;

export const demoReadySchema = z.object({ ready: z.literal(true), kioskUrl: z.string(), appCodeKey: z.string() });

/** What the platform holds of the cases the kiosk accepted: how many rows each number has. */
export const storedSchema = z.object({ rows: z.number(), distinct: z.number(), platformTotal: z.number() });

/** The version the demo terminal last told its platform it runs (null: it never said). */
export const catalogAdoptionSchema = z.object({ installedVersion: z.number().nullable() });
