-- The format search_documents was written in, kept by the index itself: a rebuild writes its own, and a
-- start that finds another rebuilds. Every row written since 0003 made the table is of format 2, so a
-- site filled by `recipe run` before its first start is not indexed twice.
ALTER TABLE search_state ADD COLUMN format_version INTEGER NOT NULL DEFAULT 2;
