-- Commands an operator sent to one terminal. The terminal learns of them in heartbeat replies until
-- it acknowledges each (or it expires), runs each at most once, and says what became of it.
CREATE TABLE terminal_commands (
  id uuid PRIMARY KEY,
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  kind text NOT NULL CHECK (kind IN ('restart', 'catalog.reload', 'catalog.rollback', 'maintenance.enter',
                                     'maintenance.leave', 'diagnostics.upload', 'screenshot')),
  sent_by text NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  delivered_at timestamptz,
  acked_at timestamptz,
  outcome text CHECK (outcome IN ('done', 'failed', 'expired')),
  detail text,
  -- diagnostics.upload: the report (logs already stripped of personal data on the terminal).
  result jsonb,
  CHECK ((acked_at IS NULL) = (outcome IS NULL))
);
CREATE INDEX terminal_commands_waiting ON terminal_commands (terminal_id) WHERE acked_at IS NULL;
CREATE INDEX terminal_commands_terminal ON terminal_commands (terminal_id, sent_at);

-- Settings the platform holds for a region (12 digits, padded) or one terminal; a terminal's own
-- override the regions'. Each change takes the next number of one sequence, so the version a
-- terminal is sent (the highest among what applies to it) only ever goes up.
CREATE SEQUENCE remote_config_version;
CREATE TABLE remote_config (
  scope text NOT NULL CHECK (scope IN ('region', 'terminal')),
  scope_key text NOT NULL,
  settings jsonb NOT NULL,
  version bigint NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, scope_key),
  CHECK (scope <> 'region' OR scope_key ~ '^[0-9]{12}$')
);

-- The remote config version each terminal last said it runs.
ALTER TABLE terminal_status ADD COLUMN config_version bigint;
