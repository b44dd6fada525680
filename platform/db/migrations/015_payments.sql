-- 缴费: payment orders with the provider (a payment gateway), the notifications it sent, and the
-- refunds made. Amounts are integer fen (bigint): no floating point near money.
--
-- One live order per due payment: due_key names what is paid ('notice:<number>' for a 非税 payment
-- notice). A pending or paid order holds the due; a declined, closed or refunded one lets it be
-- ordered again. The idempotency key is the terminal's: its retry after a lost reply (or a restart)
-- finds the order it already made.
CREATE TABLE payment_orders (
  id uuid PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 64),
  terminal_id uuid NOT NULL REFERENCES terminals (id),
  due_key text NOT NULL CHECK (length(due_key) BETWEEN 1 AND 80),
  subject text NOT NULL,
  amount_fen bigint NOT NULL CHECK (amount_fen > 0),
  state text NOT NULL CHECK (state IN ('pending', 'paid', 'declined', 'closed', 'refunded')),
  qr_payload text NOT NULL,
  provider_trade_no text,
  created_at timestamptz NOT NULL DEFAULT now(),
  settled_at timestamptz,
  refunded_at timestamptz,
  refund_reason text
);
CREATE UNIQUE INDEX payment_orders_one_live_per_due ON payment_orders (due_key) WHERE state IN ('pending', 'paid');
CREATE INDEX payment_orders_created_at ON payment_orders (created_at);

-- Every notification heard, kept or not: what reconciliation and an auditor read when the provider
-- says it was paid and the order says otherwise.
CREATE TABLE payment_notifications (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id uuid,
  received_at timestamptz NOT NULL DEFAULT now(),
  verdict text NOT NULL CHECK (verdict IN ('applied', 'already_settled', 'unknown_order', 'bad_signature', 'amount_mismatch'))
);
