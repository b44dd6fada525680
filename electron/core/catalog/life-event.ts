import { z } from 'zod';
import { catalogErrors } from './catalog-errors.js';
import type { CatalogField } from './form-schema.js';
import { itemCodeSchema, type CatalogItem, type Material } from './item.js';
import { regionCodeSchema } from '../../../platform/protocol/enroll.js';

/** 一件事: several items a life event needs, applied for with one form and one set of materials. */
export const lifeEventSchema = z
  .object({
    code: itemCodeSchema,
    name: z.string().min(2).max(80),
    description: z.string().min(1).max(500),
    items: z.array(itemCodeSchema).min(2).max(20),
    keywords: z.array(z.string().min(1).max(20)).max(20),
    aliases: z.array(z.string().min(1).max(40)).max(10),
    region: regionCodeSchema,
  })
  .strict();
export type LifeEvent = z.infer<typeof lifeEventSchema>;

export interface JoinedForm {
  fields: CatalogField[];
  materials: Material[];
}

function joinField(kept: CatalogField, next: CatalogField): CatalogField {
  if (kept.type !== next.type) throw catalogErrors.conflictingField(kept.key);
  const options = kept.options?.filter((o) => next.options?.some((n) => n.value === o.value));
  if (kept.type === 'select' && (options?.length ?? 0) === 0) throw catalogErrors.conflictingField(kept.key);
  return { ...kept, required: kept.required || next.required, ...(options ? { options } : {}) };
}

function joinMaterial(kept: Material, next: Material): Material {
  const necessity: Material['necessity'] = kept.necessity === 'required' || next.necessity === 'required' ? 'required' : kept.necessity === 'owed' || next.necessity === 'owed' ? 'owed' : 'optional';
  const joined: Material = { ...kept, necessity, paperCopies: Math.max(kept.paperCopies, next.paperCopies), original: kept.original || next.original };
  // Owed to several items, the material is due by the earliest of their deadlines; required by
  // any, it is owed to none.
  const owedDays = [kept.owedWorkingDays, next.owedWorkingDays].filter((d) => d !== undefined);
  delete joined.owedWorkingDays;
  return necessity === 'owed' && owedDays.length > 0 ? { ...joined, owedWorkingDays: Math.min(...owedDays) } : joined;
}

function joinByKey<T extends { key: string }>(lists: T[][], join: (a: T, b: T) => T): T[] {
  const byKey = new Map<string, T>();
  for (const entry of lists.flat()) {
    const kept = byKey.get(entry.key);
    byKey.set(entry.key, kept ? join(kept, entry) : entry);
  }
  return [...byKey.values()];
}

/**
 * One form and one material list for the event: a field or material several items ask for is
 * asked once (by canonical key), required if any item requires it, with only the choices all accept.
 */
export function joinForms(items: readonly CatalogItem[]): JoinedForm {
  return {
    fields: joinByKey(items.map((i) => i.form.fields), joinField),
    materials: joinByKey(items.map((i) => i.materials), joinMaterial),
  };
}

/** At submit, the event's answers become one answer set per item, each holding only its own keys. */
export function fanOut(items: readonly CatalogItem[], answers: Readonly<Record<string, string>>): { itemCode: string; answers: Record<string, string> }[] {
  return items.map((item) => {
    const own: Record<string, string> = {};
    for (const field of item.form.fields) {
      const value = answers[field.key];
      if (value !== undefined) own[field.key] = value;
    }
    return { itemCode: item.code, answers: own };
  });
}
