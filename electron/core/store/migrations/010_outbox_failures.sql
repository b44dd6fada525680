-- Times the platform answered an item with a failure that was not a verdict on it: a 500, a 4xx
-- not in its own words, a reply that left it out. A line that is down counts nothing. An item
-- with failures goes up alone, so it cannot take a batch down with it; past a few it is flagged
-- to technicians and in heartbeats as stuck, and still retried: never dropped.
ALTER TABLE outbox ADD COLUMN failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0);
