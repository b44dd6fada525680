-- 缴费 on this terminal: the order a citizen is paying, kept before the platform is asked, so a
-- core killed while the citizen pays finds it again after the restart and asks how it ended. The
-- key is the platform's idempotency key: asked again (the reply lost), the platform answers the
-- same order. No personal data: a notice number, what it is for, the amount in fen.
CREATE TABLE payment_waits (
  idempotency_key TEXT PRIMARY KEY,
  notice_number TEXT NOT NULL,
  order_id TEXT,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'paid', 'declined', 'closed', 'refunded')),
  started_at TEXT NOT NULL,
  settled_at TEXT,
  -- The citizen saw the outcome and left it (完成, or the receipt printed): nothing to resume.
  dismissed INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1)),
  receipt_printed INTEGER NOT NULL DEFAULT 0 CHECK (receipt_printed IN (0, 1))
) STRICT;
CREATE INDEX payment_waits_started_at ON payment_waits (started_at);
