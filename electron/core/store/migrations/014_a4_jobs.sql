-- A4 documents (guides, filled forms, test pages) on their way to the A4 printer over IPP. Like
-- receipts, a job is stored before the printer hears of it, so a restart never prints it twice;
-- the PDF is kept (sealed: a filled form carries the applicant's masked answers) so a job that
-- failed for want of paper or a closed door can be printed again on request.
CREATE TABLE a4_jobs (
  id TEXT PRIMARY KEY,
  case_id TEXT REFERENCES cases (id),
  kind TEXT NOT NULL CHECK (kind IN ('guide', 'form', 'test')),
  title TEXT NOT NULL,
  pdf BLOB NOT NULL,
  pages INTEGER NOT NULL CHECK (pages > 0),
  sides TEXT NOT NULL CHECK (sides IN ('one-sided', 'two-sided-long-edge')),
  state TEXT NOT NULL CHECK (state IN ('queued', 'printing', 'done', 'failed')),
  pages_done INTEGER NOT NULL DEFAULT 0 CHECK (pages_done >= 0),
  problem TEXT,
  reason TEXT,
  reprint_of TEXT REFERENCES a4_jobs (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
