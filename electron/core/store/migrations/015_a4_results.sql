-- Results printed on the spot (证明, 记录 from a department's system) go through the A4 queue as
-- guides and forms do, so paper out keeps the document for a reprint: the kind 'result' joins
-- the CHECK. SQLite cannot alter a CHECK, so the table is rebuilt. reprint_of points into the
-- table itself: it is copied without it and set again once the new table has the old name, as
-- foreign keys stay on in a migration's transaction. A result is the person's own: `holder` is
-- their ID number, sealed, so only they get it printed again.
CREATE TEMP TABLE a4_reprints AS SELECT id, reprint_of FROM a4_jobs WHERE reprint_of IS NOT NULL;
CREATE TABLE a4_jobs_new (
  id TEXT PRIMARY KEY,
  case_id TEXT REFERENCES cases (id),
  kind TEXT NOT NULL CHECK (kind IN ('guide', 'form', 'test', 'result')),
  title TEXT NOT NULL,
  pdf BLOB NOT NULL,
  pages INTEGER NOT NULL CHECK (pages > 0),
  sides TEXT NOT NULL CHECK (sides IN ('one-sided', 'two-sided-long-edge')),
  state TEXT NOT NULL CHECK (state IN ('queued', 'printing', 'done', 'failed')),
  pages_done INTEGER NOT NULL DEFAULT 0 CHECK (pages_done >= 0),
  problem TEXT,
  reason TEXT,
  reprint_of TEXT REFERENCES a4_jobs (id),
  holder BLOB,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
INSERT INTO a4_jobs_new SELECT id, case_id, kind, title, pdf, pages, sides, state, pages_done, problem, reason, NULL, NULL, created_at, updated_at FROM a4_jobs;
DROP TABLE a4_jobs;
ALTER TABLE a4_jobs_new RENAME TO a4_jobs;
UPDATE a4_jobs SET reprint_of = (SELECT reprint_of FROM a4_reprints WHERE a4_reprints.id = a4_jobs.id) WHERE id IN (SELECT id FROM a4_reprints);
DROP TABLE a4_reprints;
