-- The latest heartbeat of each terminal: one row each, overwritten, so a fleet beating every
-- minute does not grow a table without end. History, when wanted, belongs in metrics.
CREATE TABLE terminal_status (
  terminal_id uuid PRIMARY KEY REFERENCES terminals (id),
  received_at timestamptz NOT NULL,
  sent_at timestamptz NOT NULL,
  versions jsonb NOT NULL,
  health jsonb NOT NULL,
  outbox_depth integer NOT NULL CHECK (outbox_depth >= 0),
  oldest_waiting_at timestamptz,
  last_success_at timestamptz,
  dead_letters integer NOT NULL CHECK (dead_letters >= 0)
);

-- Reviews (好差评), help calls and device events: small items that go up in batches, keyed by the
-- terminal's UUIDv7 so a resent batch stores nothing twice.
CREATE TABLE terminal_events (
  id uuid PRIMARY KEY,
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  kind text NOT NULL CHECK (kind IN ('review', 'help_call', 'device_event')),
  -- Reviews only: the case reviewed.
  case_number text,
  occurred_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  body jsonb NOT NULL
);
CREATE INDEX terminal_events_terminal ON terminal_events (terminal_id, kind, occurred_at);
-- A case is reviewed once.
CREATE UNIQUE INDEX terminal_events_one_review ON terminal_events (case_number) WHERE kind = 'review';

-- Signatures seen within the clock-skew window: a captured request sent again is refused, by
-- whichever instance it reaches. Rows older than the window are pruned.
CREATE TABLE seen_signatures (
  signature text PRIMARY KEY,
  seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX seen_signatures_seen_at ON seen_signatures (seen_at);
