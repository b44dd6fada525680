-- A citizen who called for help and then withdrew the call, so no staff member walks over to an
-- empty terminal. Keyed by the terminal and the call, not a reference to terminal_events: the
-- withdrawal may arrive before the call itself (the call waiting out a retry), and is kept then.
CREATE TABLE help_call_cancels (
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  call_id uuid NOT NULL,
  -- The terminal's id for the withdrawal, acknowledged like any event id.
  cancel_id uuid NOT NULL UNIQUE,
  cancelled_at timestamptz NOT NULL,
  PRIMARY KEY (terminal_id, call_id)
);
