import type { HeapSnapshot } from './inspector.js';

/** How many objects of one constructor (or closures of one function, or strings) a heap holds. */
export interface Census {
  count: number;
  bytes: number;
}

/** Node types whose names say what holds them: constructors, functions, arrays, native objects. */
const namedTypes = new Set(['object', 'closure', 'array', 'native', 'regexp']);

/** The snapshot's objects counted by type and constructor: `object Map`, `closure onData`. */
export function censusOf(snap: HeapSnapshot): Map<string, Census> {
  const fields = snap.snapshot.meta.node_fields;
  const [types] = snap.snapshot.meta.node_types;
  const [typeAt, nameAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size')];
  const census = new Map<string, Census>();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt] ?? -1] ?? '';
    const name = namedTypes.has(type) ? `${type} ${snap.strings[snap.nodes[i + nameAt] ?? -1] ?? ''}` : type;
    const entry = census.get(name) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += snap.nodes[i + sizeAt] ?? 0;
    census.set(name, entry);
  }
  return census;
}

export interface Growth {
  name: string;
  countBefore: number;
  countAfter: number;
  bytesGrown: number;
}

/** The kinds that grew most between two censuses, by bytes: what accumulates. */
export function topGrowth(before: Map<string, Census>, after: Map<string, Census>, limit = 12): Growth[] {
  return [...after]
    .map(([name, a]) => {
      const b = before.get(name) ?? { count: 0, bytes: 0 };
      return { name, countBefore: b.count, countAfter: a.count, bytesGrown: a.bytes - b.bytes };
    })
    .filter((g) => g.bytesGrown > 0)
    .sort((x, y) => y.bytesGrown - x.bytesGrown)
    .slice(0, limit);
}
