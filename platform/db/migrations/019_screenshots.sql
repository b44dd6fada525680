-- The picture a screenshot command brought back: the kiosk's screen with nobody at it. Kept apart
-- from terminal_commands so listing a terminal's commands never reads the image bytes.
CREATE TABLE terminal_screenshots (
  command_id uuid PRIMARY KEY REFERENCES terminal_commands (id),
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  png bytea NOT NULL,
  width integer NOT NULL CHECK (width > 0),
  height integer NOT NULL CHECK (height > 0),
  taken_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX terminal_screenshots_terminal ON terminal_screenshots (terminal_id, taken_at);
