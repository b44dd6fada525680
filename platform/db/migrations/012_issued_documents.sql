-- Results printed on the spot (证明, 记录): one row per document a terminal printed, so its
-- verification code can say the paper is genuine. Only the code's SHA-256 is kept: the table
-- does not hold the codes printed on paper. The holder is the same pseudonymous hash as card reads.
CREATE TABLE issued_documents (
  id uuid PRIMARY KEY,
  code_hash bytea NOT NULL UNIQUE,
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  kind text NOT NULL,
  title text NOT NULL,
  issuer text NOT NULL,
  holder_hash bytea NOT NULL,
  masked_name text NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX issued_documents_terminal ON issued_documents (terminal_id, issued_at);
