-- The signed catalog version a case was accepted under: uploaded with the case, so the platform
-- checks a fee paid days later against the catalog the citizen was told it from. NULL for cases
-- accepted before this column: they go up without it and are checked as before.
ALTER TABLE cases ADD COLUMN catalog_version INTEGER CHECK (catalog_version >= 0);
