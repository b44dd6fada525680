-- Which terminals each published catalog version is offered to: a canary set of terminals, then a
-- region, then every terminal in the bundle's scope. A paused rollout is offered to no terminal that
-- does not run it yet; a rolled-back one to none, its terminals taken back by the newer bundle
-- (the old content signed again under a higher version) whose rollback_of names it.
CREATE TABLE catalog_rollouts (
  version integer PRIMARY KEY REFERENCES catalog_bundles (version),
  stage text NOT NULL CHECK (stage IN ('canary', 'region', 'all')),
  -- The canary terminals; they stay in the rollout when it widens to a region.
  terminal_ids uuid[] NOT NULL DEFAULT '{}',
  -- For the region stage: the region (12 digits) whose terminals, and those below it, are offered it.
  region_code text CHECK (region_code ~ '^[0-9]{12}$'),
  state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'paused', 'rolled_back')),
  rollback_of integer REFERENCES catalog_bundles (version),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (stage <> 'region' OR region_code IS NOT NULL)
);

-- Bundles published before staged rollouts were offered to every terminal in their scope.
INSERT INTO catalog_rollouts (version, stage) SELECT version, 'all' FROM catalog_bundles;
