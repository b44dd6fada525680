-- The catalog signing keys and threshold the platform named at enrollment, as JSON
-- ({"keys": [SPKI DER base64...], "threshold": K}). No keys: this terminal accepts no bundle.
ALTER TABLE terminal ADD COLUMN catalog_trust TEXT NOT NULL DEFAULT '{"keys":[],"threshold":0}';

-- A bundle's payload and index in parts of a few MB, written one small transaction each so a
-- 40 MB bundle never holds the core's one connection for long. They count only once the
-- bundle's own row in catalog_bundles commits (then its payload and search_index are empty);
-- parts left by an interrupted apply have no such row and are deleted by the next apply.
CREATE TABLE catalog_bundle_parts (
  version INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('payload', 'index')),
  seq INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  PRIMARY KEY (version, kind, seq)
) STRICT;
