-- 远程帮办 on the record. A case submitted in the session of a call whose clerk checked the
-- citizen's identity names that call; the platform keeps the link only when the call is the same
-- terminal's, was checked, and its masked identity is the case's applicant.
ALTER TABLE cases ADD COLUMN remote_call_id uuid REFERENCES remote_calls (id);

-- Callback requests (待回电): left after a call nobody took, or offline, when no call could be
-- made at all. They come up in the help calls' queue, so a request left offline arrives once when
-- the line is back. The clerk who takes one sees the whole number; the others see it masked.
CREATE TABLE callback_requests (
  id uuid PRIMARY KEY,
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  region_code text NOT NULL,
  -- The unanswered call it follows, when it is this terminal's; null when left offline.
  call_id uuid REFERENCES remote_calls (id),
  item_code text,
  item_name text,
  phone text NOT NULL,
  asked_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  taken_by text,
  taken_at timestamptz,
  called_back_at timestamptz,
  CHECK (called_back_at IS NULL OR taken_by IS NOT NULL)
);
CREATE INDEX callback_requests_waiting ON callback_requests (region_code) WHERE called_back_at IS NULL;

-- Numbers left by the first version (on the call itself) become requests; the column goes.
INSERT INTO callback_requests (id, terminal_id, region_code, call_id, item_code, item_name, phone, asked_at)
SELECT id, terminal_id, region_code, id, item_code, item_name, callback_phone, coalesce(ended_at, asked_at)
  FROM remote_calls WHERE callback_phone IS NOT NULL;
ALTER TABLE remote_calls DROP COLUMN callback_phone;
