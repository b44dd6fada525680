-- Console accounts. The password hash carries its own scrypt parameters and salt
-- (scrypt$N$r$p$salt$hash), so they can be raised later while old hashes still verify.
CREATE TABLE accounts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('admin', 'operator', 'auditor')),
  region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}([0-9]{6})?$'),
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Failed logins by the name tried, whether or not an account has it: a lockout that only
-- names in use could earn would tell an attacker which names exist.
CREATE TABLE login_failures (
  name text PRIMARY KEY,
  failures integer NOT NULL CHECK (failures > 0),
  first_failed_at timestamptz NOT NULL,
  locked_until timestamptz
);

-- Only the SHA-256 of a session id is kept: a copy of this table logs nobody in.
CREATE TABLE sessions (
  id_hash text PRIMARY KEY CHECK (id_hash ~ '^[0-9a-f]{64}$'),
  account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_account_id ON sessions (account_id);

-- Who did what, when, from where. Append-only: the trigger below refuses to change or remove a
-- row, so an admin who can write to the platform cannot rewrite what they did.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  -- Null when a login named no account.
  role text,
  source_ip inet,
  action text NOT NULL,
  target text,
  -- The region the action concerns; an account reads the entries of its region and below.
  region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}([0-9]{6})?$'),
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
