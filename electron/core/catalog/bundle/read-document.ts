import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { z } from 'zod';
import { benefitRuleSchema } from '../benefit.js';
import { crossCheck, type CatalogDocument } from '../catalog-document.js';
import { itemSchema, type CatalogItem } from '../item.js';
import { lifeEventSchema } from '../life-event.js';
import { situationSchema } from '../situation.js';
import { arrayMembers, JsonSpanError, type Span } from './json-spans.js';
import { BundleRefusedError } from '../../../../platform/protocol/bundle-verify.js';

/** Items checked between two turns of the event loop: a 20,000-item catalog must not freeze the core. */
const itemsPerTurn = 125;

/** A run of entries that all passed, and where their text lies in the payload: `[` + that text + `]` parses to them. */
export interface CheckedRun<T> {
  entries: T[];
  span: Span;
}

/** Sees each run as soon as all of its entries pass, before the next run is checked. */
export type OnChecked<T> = (run: CheckedRun<T>) => Promise<void>;

const memberNames = ['items', 'lifeEvents', 'benefits'] as const;
/** Members a bundle made before they existed lacks: an empty list then. */
const laterMembers = ['situations'] as const;
type Members = Record<(typeof memberNames)[number] | (typeof laterMembers)[number], Span[]>;

function membersOf(payload: Buffer, version: number): Members {
  let found: Map<string, Span[]>;
  try {
    found = arrayMembers(payload);
  } catch (error) {
    if (error instanceof JsonSpanError) throw new BundleRefusedError('schema', `payload is not a catalog's JSON: ${error.message}`, version);
    throw error;
  }
  const names = [...found.keys()];
  const known = names.filter((name) => !(laterMembers as readonly string[]).includes(name));
  if (known.length !== memberNames.length || memberNames.some((name) => !found.has(name))) {
    throw new BundleRefusedError('schema', `payload is not a catalog: it has ${names.join(', ') || 'nothing'}, not items, lifeEvents and benefits`, version);
  }
  return { items: found.get('items') ?? [], lifeEvents: found.get('lifeEvents') ?? [], benefits: found.get('benefits') ?? [], situations: found.get('situations') ?? [] };
}

/** The run's text, parsed: one JSON.parse per run, on text that can be handed on as it is. */
function parseRun(payload: Buffer, span: Span, what: string, [first, last]: [number, number], version: number): unknown[] {
  try {
    return JSON.parse(`[${payload.toString('utf8', span.start, span.end)}]`) as unknown[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BundleRefusedError('schema', `${what} #${first} to #${last} are not all JSON: ${reason}`, version);
  }
}

function checkOne<T>(raw: unknown, i: number, schema: z.ZodType<T>, what: string, version: number): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const code = typeof raw === 'object' && raw !== null && 'code' in raw && typeof raw.code === 'string' ? raw.code : `#${i}`;
  const issue = result.error.issues[0];
  throw new BundleRefusedError('schema', `${what} ${code} fails the schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`, version);
}

/** Checks every entry a run at a time, handing each run to `onChecked` as it passes. */
async function checkRuns<T>(payload: Buffer, spans: Span[], schema: z.ZodType<T>, what: string, version: number, onChecked: OnChecked<T>): Promise<void> {
  for (let at = 0; at < spans.length; at += itemsPerTurn) {
    const last = Math.min(at + itemsPerTurn, spans.length) - 1;
    const span = { start: spans[at]?.start ?? 0, end: spans[last]?.end ?? 0 };
    const run = parseRun(payload, span, what, [at, last], version).map((raw, i) => checkOne(raw, at + i, schema, what, version));
    await onChecked({ entries: run, span });
  }
}

/** Every entry, checked, letting the event loop turn between runs. */
async function checkAll<T>(payload: Buffer, spans: Span[], schema: z.ZodType<T>, what: string, version: number): Promise<T[]> {
  const all: T[] = [];
  await checkRuns(payload, spans, schema, what, version, async (run) => {
    for (const entry of run.entries) all.push(entry);
    await yieldToLoop();
  });
  return all;
}

/**
 * Checks the payload a run of entries at a time, never parsing it whole, and hands each run of
 * items to `onItems` as it passes; throws a refusal naming the first entry that fails. Only the
 * items' codes are kept (for the cross-check), so a 20,000-item catalog is not held here as well.
 */
export async function checkDocument(payload: Buffer, version: number, onItems: OnChecked<CatalogItem>): Promise<Omit<CatalogDocument, 'items'>> {
  const members = membersOf(payload, version);
  const codes: { code: string }[] = [];
  await checkRuns(payload, members.items, itemSchema, 'item', version, async (run) => {
    for (const item of run.entries) codes.push({ code: item.code });
    await onItems(run);
  });
  const rest = {
    lifeEvents: await checkAll(payload, members.lifeEvents, lifeEventSchema, 'life event', version),
    benefits: await checkAll(payload, members.benefits, benefitRuleSchema, 'benefit', version),
    situations: await checkAll(payload, members.situations, situationSchema, 'situation', version),
  };
  const problem = crossCheck({ items: codes, ...rest })[0];
  if (problem) throw new BundleRefusedError('schema', problem, version);
  return rest;
}

/** The payload as a checked catalog, or a refusal naming the first entry that fails. */
export async function readDocument(payload: Buffer, version: number): Promise<CatalogDocument> {
  const items: CatalogItem[] = [];
  const rest = await checkDocument(payload, version, async (run) => {
    for (const item of run.entries) items.push(item);
    await yieldToLoop();
  });
  return { items, ...rest };
}
