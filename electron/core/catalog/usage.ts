import type { Database } from 'better-sqlite3';

/**
 * How often each item was applied for on this terminal, counted from its cases and refreshed at
 * most once a minute: search asks on every keystroke, and a lobby's habits change slowly.
 */
export function usageCounter(db: Database, refreshMs = 60_000): () => ReadonlyMap<string, number> {
  let counted = new Map<string, number>();
  let at = Number.NEGATIVE_INFINITY;
  const query = db.prepare<[], { code: string; n: number }>('SELECT item_code AS code, count(*) AS n FROM cases GROUP BY item_code');
  return () => {
    if (Date.now() - at < refreshMs) return counted;
    counted = new Map(query.all().map((row) => [row.code, row.n]));
    at = Date.now();
    return counted;
  };
}
