-- The signed catalog version a case was accepted under, as its terminal uploaded it: its fees are
-- checked against the bundle the platform published at that version, so a citizen paying days
-- later, after a catalog update changed the fee, pays what they were told. NULL for cases uploaded
-- by terminals from before the field: their fees are checked against the catalog the terminal runs.
ALTER TABLE cases ADD COLUMN catalog_version integer CHECK (catalog_version >= 0);

-- 不予受理 / 终止办理, set once by an admin with a reason the citizen is shown when they query the
-- case; its paid fees are refunded as it is set, and no fee of it is taken again.
ALTER TABLE cases ADD COLUMN not_proceeding_kind text CHECK (not_proceeding_kind IN ('rejected', 'terminated'));
ALTER TABLE cases ADD COLUMN not_proceeding_reason text;
ALTER TABLE cases ADD COLUMN not_proceeding_at timestamptz;
ALTER TABLE cases ADD CONSTRAINT cases_not_proceeding_whole CHECK (
  (not_proceeding_kind IS NULL) = (not_proceeding_reason IS NULL) AND (not_proceeding_kind IS NULL) = (not_proceeding_at IS NULL)
);
