-- How many items a terminal keeps failing to deliver (the platform answered each with a failure
-- again and again), from its heartbeat: a stuck case must be seen, not only retried. Null from
-- terminals too old to say.
ALTER TABLE terminal_status ADD COLUMN stuck integer CHECK (stuck >= 0);
