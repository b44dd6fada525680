-- Items the platform refused for good (a 4xx with a reason). They leave the outbox so the rest
-- keep flowing; a technician reads them here. Same id as the outbox row they came from.
CREATE TABLE dead_letters (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  http_status INTEGER NOT NULL,
  reason TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  failed_at TEXT NOT NULL
) STRICT;

-- One row: when the platform last acknowledged anything, for technicians and heartbeats.
CREATE TABLE sync_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_success_at TEXT NOT NULL
) STRICT;

-- Set when retention emptied the case's personal data; the number and status stay.
ALTER TABLE cases ADD COLUMN purged_at TEXT;
CREATE INDEX cases_to_purge ON cases (received_at) WHERE purged_at IS NULL AND received_at IS NOT NULL;
