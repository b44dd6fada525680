import type { Database } from 'better-sqlite3';

/**
 * What this terminal has seen asked for, per item code: a case counts twice what a guide opened
 * does, since applying says more about need than reading. Counts only, nothing about who.
 */
export interface ItemUsage {
  counts(): ReadonlyMap<string, number>;
  guideOpened(itemCode: string): void;
}

export function itemUsage(db: Database): ItemUsage {
  const query = db.prepare<[], { code: string; n: number }>(
    `SELECT code, sum(n) AS n FROM (
       SELECT item_code AS code, 2 * count(*) AS n FROM cases GROUP BY item_code
       UNION ALL SELECT item_code, opened FROM guide_opens
     ) GROUP BY code`,
  );
  const opened = db.prepare<[string]>('INSERT INTO guide_opens (item_code, opened) VALUES (?, 1) ON CONFLICT (item_code) DO UPDATE SET opened = opened + 1');
  return {
    counts: () => new Map(query.all().map((row) => [row.code, row.n])),
    guideOpened: (itemCode) => void opened.run(itemCode),
  };
}

/**
 * The usage refreshed at most once a minute, for search: it asks on every keystroke, and a
 * lobby's habits change slowly.
 */
export function usageCounter(db: Database, refreshMs = 60_000): () => ReadonlyMap<string, number> {
  const usage = itemUsage(db);
  let counted: ReadonlyMap<string, number> = new Map();
  let at = Number.NEGATIVE_INFINITY;
  return () => {
    if (Date.now() - at < refreshMs) return counted;
    counted = usage.counts();
    at = Date.now();
    return counted;
  };
}
