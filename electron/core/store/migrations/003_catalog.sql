-- Signed catalog bundles as received. One is current, one previous (kept for an admin rollback);
-- older ones are retired. The highest version ever stored is the floor below which nothing is taken.
CREATE TABLE catalog_bundles (
  version INTEGER PRIMARY KEY,
  manifest TEXT NOT NULL,
  payload BLOB NOT NULL,
  -- The search index worked out at apply time (pinyin readings), JSON, stored in the same transaction.
  search_index TEXT NOT NULL,
  installed_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('current', 'previous', 'retired', 'rolled_back'))
) STRICT;
CREATE UNIQUE INDEX catalog_bundles_one_each ON catalog_bundles (state) WHERE state IN ('current', 'previous');

-- Bundles refused, for diagnostics and the platform report.
CREATE TABLE catalog_refusals (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  version INTEGER NOT NULL,
  reason TEXT NOT NULL,
  detail TEXT NOT NULL
) STRICT;
