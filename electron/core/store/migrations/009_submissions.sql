-- A citizen's submission, by the id the screen made for it and kept across its retries. Asked
-- again (the reply was lost to a crash, the citizen pressed 提交 once more), the terminal answers
-- with the cases already committed instead of making a second application. Nothing personal.
CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  accepted_at TEXT NOT NULL
) STRICT;
ALTER TABLE cases ADD COLUMN submission_id TEXT REFERENCES submissions (id);
CREATE INDEX cases_by_submission ON cases (submission_id) WHERE submission_id IS NOT NULL;
