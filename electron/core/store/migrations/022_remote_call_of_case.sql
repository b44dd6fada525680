-- 远程帮办: the call on which a remote clerk checked the applicant's identity, sent up with the
-- case for the platform to record the check. Not personal data: a call id names no one.
ALTER TABLE cases ADD COLUMN remote_call_id TEXT;
