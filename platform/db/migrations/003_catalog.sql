-- Signed catalog bundles as published by admins. The platform cannot sign (the keys are held off
-- it) and does not need to verify: every terminal verifies against its own trust roots.
CREATE TABLE catalog_bundles (
  version integer PRIMARY KEY CHECK (version > 0),
  -- The region (12 digits) whose terminals, and those below it, take this bundle.
  scope text NOT NULL CHECK (scope ~ '^[0-9]{12}$'),
  bytes bytea NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX catalog_bundles_scope ON catalog_bundles (scope, version DESC);

-- Which catalog each terminal runs, and the last bundle it refused and why.
CREATE TABLE terminal_catalogs (
  terminal_id uuid PRIMARY KEY REFERENCES terminals (id),
  installed_version integer NOT NULL,
  refused_version integer,
  refused_reason text,
  refused_detail text,
  reported_at timestamptz NOT NULL DEFAULT now()
);
