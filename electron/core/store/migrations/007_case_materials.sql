-- How each material of a case was satisfied, written in the same transaction as the case:
-- by the citizen's e-certificate (免提交), by a photo (a row in `materials`, uploaded in chunks),
-- or owed under 容缺受理 with the date it is due. Names and keys are catalog data, not personal.
CREATE TABLE case_materials (
  case_id TEXT NOT NULL REFERENCES cases (id),
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  way TEXT NOT NULL CHECK (way IN ('certificate', 'captured', 'owed')),
  material_id TEXT REFERENCES materials (id),
  -- A lobby date, YYYY-MM-DD.
  due_by TEXT,
  PRIMARY KEY (case_id, key),
  CHECK ((way = 'captured') = (material_id IS NOT NULL)),
  CHECK ((way = 'owed') = (due_by IS NOT NULL))
) STRICT;

-- 告知承诺 signed on screen. The signature image is a material of the case (sealed and uploaded
-- like a photo); this row binds it to the exact text signed (its sha256) and the time.
CREATE TABLE case_commitments (
  case_id TEXT PRIMARY KEY REFERENCES cases (id),
  text_sha256 TEXT NOT NULL CHECK (length(text_sha256) = 64),
  signed_at TEXT NOT NULL,
  signature_material_id TEXT NOT NULL REFERENCES materials (id)
) STRICT;
