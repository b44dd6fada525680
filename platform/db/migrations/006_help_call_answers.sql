-- Who in the hall answered a terminal's call for help, and when: the list shows staff what is
-- still open, and a second answer does not overwrite the first.
CREATE TABLE help_call_answers (
  event_id uuid PRIMARY KEY REFERENCES terminal_events (id),
  answered_at timestamptz NOT NULL DEFAULT now(),
  answered_by text NOT NULL
);
