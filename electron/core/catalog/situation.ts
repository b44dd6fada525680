import { z } from 'zod';
import { itemCodeSchema } from './item.js';
import { regionCodeSchema } from '../../../platform/protocol/enroll.js';

/**
 * 情景式导办: a situation in a citizen's life (a baby born, a shop opened) as a few plain
 * questions whose answers lead to an outcome: the items to apply for. Catalog data, signed and
 * shipped in the bundle beside the items; the format is documented in README ("Situation trees").
 */
export const nodeIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, '节点编号应为小写字母开头的字母、数字和连字符');

const answerSchema = z.object({ label: z.string().min(1).max(40), next: nodeIdSchema }).strict();

export const questionNodeSchema = z
  .object({ kind: z.literal('question'), text: z.string().min(2).max(200), answers: z.array(answerSchema).min(2).max(6) })
  .strict();

export const outcomeNodeSchema = z
  .object({
    kind: z.literal('outcome'),
    /** What the citizen is told: plain words on what to do next. */
    text: z.string().min(1).max(300),
    items: z.array(itemCodeSchema).min(1).max(10),
  })
  .strict();

export const situationSchema = z
  .object({
    code: itemCodeSchema,
    name: z.string().min(2).max(40),
    description: z.string().min(1).max(200),
    region: regionCodeSchema,
    start: nodeIdSchema,
    nodes: z.record(nodeIdSchema, z.discriminatedUnion('kind', [questionNodeSchema, outcomeNodeSchema])),
  })
  .strict()
  .superRefine((situation, ctx) => {
    for (const message of treeProblems(situation)) ctx.addIssue({ code: 'custom', message, path: ['nodes'] });
  });
export type Situation = z.infer<typeof situationSchema>;
export type SituationNode = Situation['nodes'][string];

/** Where each node's answers lead. */
function nextOf(node: SituationNode | undefined): string[] {
  return node?.kind === 'question' ? node.answers.map((a) => a.next) : [];
}

/** An answer leading nowhere, a loop, a node no path reaches: each would leave a citizen stuck or a leaf unseen. */
export function treeProblems(situation: Pick<Situation, 'code' | 'start' | 'nodes'>): string[] {
  const { code, start, nodes } = situation;
  const problems: string[] = [];
  if (!nodes[start]) problems.push(`情景 ${code} 的起点 ${start} 不存在`);
  for (const [id, node] of Object.entries(nodes)) {
    for (const next of nextOf(node).filter((n) => !nodes[n])) problems.push(`情景 ${code} 的 ${id} 有答案通向不存在的节点 ${next}（死路）`);
  }
  const reached = new Set<string>();
  const walk = (id: string, path: readonly string[]) => {
    if (path.includes(id)) return void problems.push(`情景 ${code} 在 ${id} 绕回了原处`);
    if (reached.has(id) || !nodes[id]) return;
    reached.add(id);
    for (const next of nextOf(nodes[id])) walk(next, [...path, id]);
  };
  walk(start, []);
  for (const id of Object.keys(nodes).filter((n) => !reached.has(n))) problems.push(`情景 ${code} 的 ${id} 从起点走不到`);
  return problems;
}

/** The items a situation's outcomes name, for the catalog's cross-check. */
export function itemsNamed(situation: Pick<Situation, 'nodes'>): string[] {
  return [...new Set(Object.values(situation.nodes).flatMap((node) => (node.kind === 'outcome' ? node.items : [])))];
}
