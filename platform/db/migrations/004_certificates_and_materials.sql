-- 电子证照 of people, for prefill at a terminal. Looked up by a hash of the holder's ID number, so
-- the lookup key and the read log below do not carry the number in clear.
CREATE TABLE e_certificates (
  holder_hash bytea NOT NULL,
  kind text NOT NULL,
  name text NOT NULL,
  number text NOT NULL,
  issuer text NOT NULL,
  issued_on date NOT NULL,
  valid_until date,
  -- What a form may be prefilled with: field name to value.
  fields jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (holder_hash, kind, number)
);

-- Card reads terminals reported: the proof a person stood at the terminal, and an audit trail of
-- which terminal asked for whose certificates. A read opens the certificates for two minutes.
CREATE TABLE card_reads (
  id uuid PRIMARY KEY,
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  holder_hash bytea NOT NULL,
  read_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX card_reads_terminal ON card_reads (terminal_id, received_at);

-- Materials (document images) of cases, uploaded by a terminal in chunks that each carry their
-- SHA-256. The material is complete when every chunk is in and their concatenation hashes to
-- `sha256`; a chunk sent again is acknowledged, never stored twice.
CREATE TABLE materials (
  id uuid PRIMARY KEY,
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  case_number text NOT NULL,
  chunk_count integer NOT NULL CHECK (chunk_count > 0),
  sha256 text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz
);
CREATE INDEX materials_case ON materials (case_number);

CREATE TABLE material_chunks (
  material_id uuid NOT NULL REFERENCES materials (id),
  n integer NOT NULL CHECK (n >= 0),
  sha256 text NOT NULL,
  bytes bytea NOT NULL,
  PRIMARY KEY (material_id, n)
);
