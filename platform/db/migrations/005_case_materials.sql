-- How each material of a case was satisfied (免提交 by e-certificate, a photo uploaded by chunks,
-- or owed under 容缺 with its due date), and the 告知承诺 the applicant signed: the hash of the
-- text signed, when, and which uploaded material is the signature. Null for cases from terminals
-- that sent neither.
ALTER TABLE cases ADD COLUMN materials jsonb;
ALTER TABLE cases ADD COLUMN commitment jsonb;
