-- Alert rules per region, as admins set them: a terminal follows the rules of the nearest region
-- above it that has some, else the defaults in platform/alerts/rules.ts.
CREATE TABLE alert_rules (
  region_code text PRIMARY KEY CHECK (region_code ~ '^[0-9]{6}([0-9]{6})?$'),
  rules jsonb NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by text NOT NULL
);

-- An alert is open from when its condition is seen until it is seen gone (cleared_at); meanwhile
-- the same condition raises nothing new, so a printer out of paper all night is one alert.
-- Acknowledging says someone is on it; it does not clear the condition.
CREATE TABLE alerts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  kind text NOT NULL,
  -- What within the terminal: the device for device alerts, '' for the terminal as a whole.
  subject text NOT NULL DEFAULT '',
  detail text NOT NULL DEFAULT '',
  raised_at timestamptz NOT NULL DEFAULT now(),
  cleared_at timestamptz,
  acknowledged_at timestamptz,
  acknowledged_by text
);
CREATE UNIQUE INDEX alerts_one_open ON alerts (terminal_id, kind, subject) WHERE cleared_at IS NULL;
CREATE INDEX alerts_raised_at ON alerts (raised_at);

-- A few numbers from each heartbeat for the terminal page's chart; terminal_status keeps only
-- the latest. Pruned past a day by the offline sweep (platform/alerts/sweep.ts).
CREATE TABLE heartbeat_samples (
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  received_at timestamptz NOT NULL DEFAULT now(),
  outbox_depth integer NOT NULL,
  skew_seconds real NOT NULL,
  faults integer NOT NULL
);
CREATE INDEX heartbeat_samples_terminal ON heartbeat_samples (terminal_id, received_at);

-- A token an admin withdrew before it was used: enrollment refuses it as it refuses a used one.
ALTER TABLE enrollment_tokens ADD COLUMN revoked_at timestamptz;
