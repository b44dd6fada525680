-- The terminal's identity once enrolled. One row. The private key is sealed by the vault.
CREATE TABLE terminal (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  terminal_id TEXT NOT NULL,
  terminal_code TEXT NOT NULL CHECK (length(terminal_code) = 6),
  terminal_name TEXT NOT NULL,
  hall_name TEXT NOT NULL,
  region_code TEXT NOT NULL,
  platform_url TEXT NOT NULL,
  private_key BLOB NOT NULL,
  enrolled_at TEXT NOT NULL
) STRICT;

-- Case numbers count per day on this terminal; bumped in the same transaction as the case.
CREATE TABLE case_sequence (
  day TEXT PRIMARY KEY,
  last INTEGER NOT NULL
) STRICT;

-- Personal data columns (applicant_*, answers) hold AES-256-GCM ciphertext, never plain text.
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  case_number TEXT NOT NULL UNIQUE,
  item_code TEXT NOT NULL,
  item_name TEXT NOT NULL,
  accepted_at TEXT NOT NULL,
  applicant_name BLOB NOT NULL,
  applicant_id_number BLOB NOT NULL,
  answers BLOB NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('accepted_on_terminal', 'received_by_platform')),
  received_at TEXT
) STRICT;

-- Everything that must reach the platform, written in the same transaction as what it carries.
CREATE TABLE outbox (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  delivered_at TEXT
) STRICT;
CREATE INDEX outbox_waiting ON outbox (next_attempt_at) WHERE delivered_at IS NULL;

-- A print job is stored before a byte is sent, so a crash never loses or doubles a receipt.
CREATE TABLE print_jobs (
  id TEXT PRIMARY KEY,
  case_id TEXT REFERENCES cases (id),
  receipt TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'printing', 'done', 'failed')),
  reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
