-- Reviews (好差评), help calls (呼叫帮办) and device faults, kept until the platform has them.
-- `body` is the item as uploaded, JSON sealed by the vault: a review's comment is free text and
-- may name a person.
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('review', 'help_call', 'device_event')),
  case_id TEXT REFERENCES cases (id),
  occurred_at TEXT NOT NULL,
  body BLOB NOT NULL,
  CHECK ((kind = 'review') = (case_id IS NOT NULL))
) STRICT;
-- 一事一评: a case is reviewed once, whatever the screen or a double tap sends.
CREATE UNIQUE INDEX events_one_review ON events (case_id) WHERE kind = 'review';

-- Materials (document images) of a case, cut in chunks; each chunk's bytes are sealed by the
-- vault like other personal data, and each chunk goes up on its own, so an upload resumes.
CREATE TABLE materials (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  name TEXT NOT NULL,
  chunk_count INTEGER NOT NULL CHECK (chunk_count > 0),
  -- Of the plain bytes, in order: the platform checks the whole against it.
  sha256 TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE TABLE material_chunks (
  id TEXT PRIMARY KEY,
  material_id TEXT NOT NULL REFERENCES materials (id),
  n INTEGER NOT NULL CHECK (n >= 0),
  sha256 TEXT NOT NULL,
  -- Emptied by retention once the platform has held the case long enough.
  bytes BLOB NOT NULL,
  UNIQUE (material_id, n)
) STRICT;

-- The outbox carries events and material chunks as well as cases: exactly one of case_id,
-- event_id, chunk_id. SQLite cannot
-- relax a NOT NULL in place, so the table is rebuilt; nothing references it.
CREATE TABLE outbox_v5 (
  id TEXT PRIMARY KEY,
  case_id TEXT REFERENCES cases (id),
  event_id TEXT REFERENCES events (id),
  chunk_id TEXT REFERENCES material_chunks (id),
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  delivered_at TEXT,
  CHECK ((case_id IS NOT NULL) + (event_id IS NOT NULL) + (chunk_id IS NOT NULL) = 1)
) STRICT;
INSERT INTO outbox_v5 (id, case_id, created_at, attempts, next_attempt_at, last_error, delivered_at)
  SELECT id, case_id, created_at, attempts, next_attempt_at, last_error, delivered_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v5 RENAME TO outbox;
CREATE INDEX outbox_waiting ON outbox (next_attempt_at) WHERE delivered_at IS NULL;
CREATE INDEX outbox_by_event ON outbox (event_id) WHERE event_id IS NOT NULL;

CREATE TABLE dead_letters_v5 (
  id TEXT PRIMARY KEY,
  case_id TEXT REFERENCES cases (id),
  event_id TEXT REFERENCES events (id),
  chunk_id TEXT REFERENCES material_chunks (id),
  http_status INTEGER NOT NULL,
  reason TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  failed_at TEXT NOT NULL
) STRICT;
INSERT INTO dead_letters_v5 (id, case_id, http_status, reason, attempts, created_at, failed_at)
  SELECT id, case_id, http_status, reason, attempts, created_at, failed_at FROM dead_letters;
DROP TABLE dead_letters;
ALTER TABLE dead_letters_v5 RENAME TO dead_letters;
