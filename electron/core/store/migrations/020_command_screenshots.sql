-- The PNG (base64) a screenshot command took, kept only until the platform has acknowledged it:
-- a picture of the screen stays on the terminal no longer than its upload takes.
ALTER TABLE remote_commands ADD COLUMN screenshot TEXT;
