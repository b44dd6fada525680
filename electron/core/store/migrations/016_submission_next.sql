-- What the citizen was told comes next (owed material and its deadline, the promised date, how the
-- result comes), as JSON, kept with the submission: a retry answered by a core restarted since
-- the commit says the same as the first reply, and the done screen and receipt keep it. Catalog
-- words and dates only, nothing personal. NULL for submissions made before this column.
ALTER TABLE submissions ADD COLUMN next TEXT;
