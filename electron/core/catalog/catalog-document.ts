import { z } from 'zod';
import { benefitRuleSchema } from './benefit.js';
import { itemSchema } from './item.js';
import { lifeEventSchema } from './life-event.js';
import { itemsNamed, situationSchema, type Situation } from './situation.js';

/**
 * What a signed bundle carries: the items, the 一件事 bundles over them, the 免申即享 rules, and the
 * 情景式导办 trees leading to them (absent from bundles made before there were any).
 */
export const catalogDocumentSchema = z
  .object({
    items: z.array(itemSchema),
    lifeEvents: z.array(lifeEventSchema),
    benefits: z.array(benefitRuleSchema),
    situations: z.array(situationSchema).default([]),
  })
  .strict()
  .superRefine((doc, ctx) => {
    for (const message of crossCheck(doc)) ctx.addIssue({ code: 'custom', message });
  });
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;
/** A document as written, where a bundle made before situations existed has none. */
export type CatalogDocumentInput = Omit<CatalogDocument, 'situations'> & Partial<Pick<CatalogDocument, 'situations'>>;

/** What the cross-check looks at: codes, and which items each 一件事 joins. */
export interface CatalogCodes {
  items: readonly { code: string }[];
  lifeEvents: readonly { code: string; items: readonly string[] }[];
  benefits: readonly { code: string }[];
  situations?: readonly Pick<Situation, 'code' | 'nodes'>[];
}

/** What no single entry's schema can see: duplicate codes, 一件事 and situations naming items that are not there. */
export function crossCheck(doc: CatalogCodes): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  const situations = doc.situations ?? [];
  for (const code of [...doc.items, ...doc.lifeEvents, ...doc.benefits, ...situations].map((e) => e.code)) {
    if (codes.has(code)) problems.push(`编码 ${code} 重复`);
    codes.add(code);
  }
  const items = new Set(doc.items.map((i) => i.code));
  for (const event of doc.lifeEvents) {
    for (const code of event.items.filter((c) => !items.has(c))) problems.push(`一件事 ${event.code} 引用了不存在的事项 ${code}`);
  }
  const applicable = new Set([...items, ...doc.lifeEvents.map((e) => e.code)]);
  for (const situation of situations) {
    for (const code of itemsNamed(situation).filter((c) => !applicable.has(c))) problems.push(`情景 ${situation.code} 引用了不存在的事项 ${code}`);
  }
  return problems;
}
