-- A photographed material has pages (a two-sided card, a contract of several sheets), each its own
-- sealed image in `materials`, uploaded in its own chunks. case_materials loses its single
-- material_id (its CHECK tied a photo to exactly one image), so the table is rebuilt; the
-- photo of a case written before this becomes its page 1.
CREATE TABLE case_materials_new (
  case_id TEXT NOT NULL REFERENCES cases (id),
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  way TEXT NOT NULL CHECK (way IN ('certificate', 'captured', 'owed')),
  -- A lobby date, YYYY-MM-DD.
  due_by TEXT,
  PRIMARY KEY (case_id, key),
  CHECK ((way = 'owed') = (due_by IS NOT NULL))
) STRICT;

INSERT INTO case_materials_new (case_id, key, name, way, due_by) SELECT case_id, key, name, way, due_by FROM case_materials;

CREATE TABLE case_material_pages (
  case_id TEXT NOT NULL,
  key TEXT NOT NULL,
  -- 1 for the first page, in the order the citizen left them on screen.
  page INTEGER NOT NULL CHECK (page >= 1),
  material_id TEXT NOT NULL REFERENCES materials (id),
  PRIMARY KEY (case_id, key, page),
  FOREIGN KEY (case_id, key) REFERENCES case_materials_new (case_id, key)
) STRICT;

INSERT INTO case_material_pages (case_id, key, page, material_id) SELECT case_id, key, 1, material_id FROM case_materials WHERE material_id IS NOT NULL;

DROP TABLE case_materials;
-- Renaming rewrites the pages table's reference to the new name as well.
ALTER TABLE case_materials_new RENAME TO case_materials;
