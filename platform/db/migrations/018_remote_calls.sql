-- 远程帮办. Clerks are console accounts that take remote calls and nothing else.
ALTER TABLE accounts DROP CONSTRAINT accounts_role_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_role_check CHECK (role IN ('admin', 'operator', 'auditor', 'clerk'));

-- One row a call, from the citizen's ask to its end. The region is the terminal's at the ask, so
-- clerks see their region's calls by an index, not by a join per poll. No media is kept, ever.
CREATE TABLE remote_calls (
  id uuid PRIMARY KEY,
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  region_code text NOT NULL,
  item_code text,
  item_name text,
  state text NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'accepted', 'ended')),
  ended_by text CHECK (ended_by IN ('citizen', 'clerk', 'unanswered')),
  clerk text,
  -- Left by a citizen no clerk reached, for the clerks to call back.
  callback_phone text,
  -- The card read as the clerk may see it (masked name and number, card type), for the remote
  -- identity check; who checked it against the live picture, and when.
  identity jsonb,
  identity_checked_by text,
  identity_checked_at timestamptz,
  asked_at timestamptz NOT NULL DEFAULT now(),
  accepted_at timestamptz,
  ended_at timestamptz,
  CHECK ((state = 'ended') = (ended_by IS NOT NULL))
);
CREATE INDEX remote_calls_waiting ON remote_calls (region_code) WHERE state = 'waiting';

-- SDP and ICE between the two browsers while the call lasts; removed when it ends.
CREATE TABLE remote_call_signals (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  call_id uuid NOT NULL REFERENCES remote_calls (id) ON DELETE CASCADE,
  from_side text NOT NULL CHECK (from_side IN ('terminal', 'clerk')),
  body jsonb NOT NULL
);
CREATE INDEX remote_call_signals_call ON remote_call_signals (call_id, seq);
