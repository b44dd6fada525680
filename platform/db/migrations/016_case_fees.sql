-- The fees a case's item charges, as the terminal uploaded them with the case from its signed
-- catalog: [{ "name": ..., "amountFen": ... }], whole fen, only fees above zero; NULL when the
-- item charges nothing. A fee is paid through payment_orders under due_key 'case:<number>:<n>'.
ALTER TABLE cases ADD COLUMN fees jsonb;
