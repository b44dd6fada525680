import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { z } from 'zod';
import { benefitRuleSchema } from '../benefit.js';
import { crossCheck, type CatalogDocument } from '../catalog-document.js';
import { itemSchema } from '../item.js';
import { lifeEventSchema } from '../life-event.js';
import { BundleRefusedError } from './verify.js';

/** Items checked between two turns of the event loop: a 20,000-item catalog must not freeze the core. */
const itemsPerTurn = 400;

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

async function checkAll<T>(entries: unknown[], schema: z.ZodType<T>, what: string, version: number): Promise<T[]> {
  const checked: T[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (i > 0 && i % itemsPerTurn === 0) await yieldToLoop();
    const result = schema.safeParse(entries[i]);
    if (!result.success) {
      const raw = entries[i];
      const code = typeof raw === 'object' && raw !== null && 'code' in raw && typeof raw.code === 'string' ? raw.code : `#${i}`;
      const issue = result.error.issues[0];
      throw new BundleRefusedError('schema', `${what} ${code} fails the schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`, version);
    }
    checked.push(result.data);
  }
  return checked;
}

/** The payload as a checked catalog, or a refusal naming the first entry that fails. */
export async function readDocument(payload: Buffer, version: number): Promise<CatalogDocument> {
  const shape = parse(payload, version);
  const doc = {
    items: await checkAll(shape.items, itemSchema, 'item', version),
    lifeEvents: await checkAll(shape.lifeEvents, lifeEventSchema, 'life event', version),
    benefits: await checkAll(shape.benefits, benefitRuleSchema, 'benefit', version),
  };
  const problem = crossCheck(doc)[0];
  if (problem) throw new BundleRefusedError('schema', problem, version);
  return doc;
}
