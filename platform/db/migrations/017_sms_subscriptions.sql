-- 短信通知: a citizen's mobile number for a case's progress, confirmed by a code sent to it.
-- The number is kept as the platform keeps the applicant's name and ID number (cases): the
-- database's own protection, read only to send the messages.
CREATE TABLE sms_verifications (
  id uuid PRIMARY KEY,
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  case_number text NOT NULL,
  phone text NOT NULL,
  -- SHA-256 of the id and the code: a database reader cannot subscribe a number they do not hold.
  code_hash text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  expires_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sms_verifications_case ON sms_verifications (case_number, created_at);

CREATE TABLE sms_subscriptions (
  id uuid PRIMARY KEY,
  case_number text NOT NULL,
  phone text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_number, phone)
);

-- One message per subscription and status, however often the case's batch is sent again.
CREATE TABLE sms_notices (
  subscription_id uuid NOT NULL REFERENCES sms_subscriptions (id),
  status text NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (subscription_id, status)
);
