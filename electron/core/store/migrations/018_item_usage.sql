-- How often each item's 办事指南 was opened on this terminal: with the cases applied for here, it
-- ranks 热门事项 and search. A count per item, nothing about who opened it.
CREATE TABLE guide_opens (
  item_code TEXT PRIMARY KEY,
  opened INTEGER NOT NULL CHECK (opened > 0)
) STRICT;

-- 热门事项 counts cases per item each time a list opens: an index keeps that a walk of the index.
CREATE INDEX cases_by_item ON cases (item_code);
