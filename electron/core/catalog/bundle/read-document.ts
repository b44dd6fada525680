import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { z } from 'zod';
import { benefitRuleSchema } from '../benefit.js';
import { crossCheck, type CatalogDocument } from '../catalog-document.js';
import { itemSchema, type CatalogItem } from '../item.js';
import { lifeEventSchema } from '../life-event.js';
import { BundleRefusedError } from './verify.js';

/** Items checked between two turns of the event loop: a 20,000-item catalog must not freeze the core. */
export const itemsPerTurn = 250;

/** Sees each run of entries as soon as all of them pass, before the next run is checked. */
export type OnChecked<T> = (checked: T[]) => Promise<void>;

const onlyYield: OnChecked<unknown> = () => yieldToLoop();

const shapeSchema = z.object({ items: z.array(z.unknown()), lifeEvents: z.array(z.unknown()), benefits: z.array(z.unknown()) }).strict();

function parse(payload: Buffer, version: number): z.infer<typeof shapeSchema> {
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch {
    throw new BundleRefusedError('schema', 'payload is not JSON', version);
  }
  const shape = shapeSchema.safeParse(json);
  if (!shape.success) throw new BundleRefusedError('schema', 'payload is not a catalog (items, lifeEvents, benefits)', version);
  return shape.data;
}

function checkOne<T>(entries: unknown[], i: number, schema: z.ZodType<T>, what: string, version: number): T {
  const result = schema.safeParse(entries[i]);
  if (result.success) return result.data;
  const raw = entries[i];
  const code = typeof raw === 'object' && raw !== null && 'code' in raw && typeof raw.code === 'string' ? raw.code : `#${i}`;
  const issue = result.error.issues[0];
  throw new BundleRefusedError('schema', `${what} ${code} fails the schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`, version);
}

async function checkAll<T>(entries: unknown[], schema: z.ZodType<T>, what: string, version: number, onChecked: OnChecked<T>): Promise<T[]> {
  const checked: T[] = [];
  for (let at = 0; at < entries.length; at += itemsPerTurn) {
    const run: T[] = [];
    for (let i = at; i < Math.min(at + itemsPerTurn, entries.length); i++) run.push(checkOne(entries, i, schema, what, version));
    for (const entry of run) checked.push(entry);
    await onChecked(run);
  }
  return checked;
}

/**
 * The payload as a checked catalog, or a refusal naming the first entry that fails. `onItems`
 * sees the items a run at a time as they pass (by default it only lets the event loop turn).
 */
export async function readDocument(payload: Buffer, version: number, onItems: OnChecked<CatalogItem> = onlyYield): Promise<CatalogDocument> {
  const shape = parse(payload, version);
  const doc = {
    items: await checkAll(shape.items, itemSchema, 'item', version, onItems),
    lifeEvents: await checkAll(shape.lifeEvents, lifeEventSchema, 'life event', version, onlyYield),
    benefits: await checkAll(shape.benefits, benefitRuleSchema, 'benefit', version, onlyYield),
  };
  const problem = crossCheck(doc)[0];
  if (problem) throw new BundleRefusedError('schema', problem, version);
  return doc;
}
