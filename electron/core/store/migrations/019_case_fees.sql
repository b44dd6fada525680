-- The fees an item charges, kept with its case as the signed catalog said them when it was
-- accepted (JSON [{ "name": ..., "amountFen": ... }], whole fen, only those above zero; NULL when
-- it charges nothing): uploaded with the case, paid later by the case number at any terminal.
ALTER TABLE cases ADD COLUMN fees TEXT;

-- A wait pays a 非税 notice or a case's fee: its due says which, as the platform's due key does
-- ('notice:<number>' or 'case:<number>:<n>'). Waits of before are notices.
ALTER TABLE payment_waits RENAME COLUMN notice_number TO due;
UPDATE payment_waits SET due = 'notice:' || due;
