-- Commands the platform sent, each recorded before it runs so a heartbeat reply that comes again
-- (a lost acknowledgement, a replayed reply) never runs it twice; the outcome waits here until the
-- platform has acknowledged it. diagnostics: the report a diagnostics.upload made, as JSON.
CREATE TABLE remote_commands (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  received_at TEXT NOT NULL,
  outcome TEXT CHECK (outcome IN ('done', 'failed', 'expired')),
  detail TEXT,
  diagnostics TEXT,
  acked_at TEXT,
  CHECK (acked_at IS NULL OR outcome IS NOT NULL)
) STRICT;

-- The remote config this terminal runs, so a restart without the platform keeps it.
CREATE TABLE remote_config (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
  settings TEXT NOT NULL DEFAULT '{}'
) STRICT;
INSERT INTO remote_config (id) VALUES (1);
