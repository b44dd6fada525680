CREATE TABLE terminals (
  id uuid PRIMARY KEY,
  -- The first six characters of every case number the terminal makes.
  code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9]{6}$'),
  name text NOT NULL,
  hall_name text NOT NULL,
  region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}([0-9]{6})?$'),
  -- Ed25519, SPKI DER in base64.
  public_key text NOT NULL,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

-- One-time tokens a technician types into a new terminal. Only the SHA-256 of a token is kept,
-- so a copy of this table cannot enroll anything.
CREATE TABLE enrollment_tokens (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  hall_name text NOT NULL,
  terminal_name text NOT NULL,
  region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}([0-9]{6})?$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  -- The terminal that used the token, for the audit trail.
  terminal_id uuid REFERENCES terminals (id)
);

CREATE TABLE cases (
  -- Made on the terminal (UUIDv7): the key that makes uploads idempotent.
  id uuid PRIMARY KEY,
  case_number text NOT NULL UNIQUE,
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  item_code text NOT NULL,
  item_name text NOT NULL,
  accepted_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  applicant_name text NOT NULL,
  applicant_id_number text NOT NULL,
  answers jsonb NOT NULL
);

CREATE INDEX cases_terminal_id ON cases (terminal_id);
