-- Laws are cited by title and date ("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022") more often than by number:
-- a law's register row carries the key such citations name. Rows of earlier formats are rebuilt at the next start.
ALTER TABLE document_register ADD COLUMN title_key TEXT NULL;

CREATE INDEX ix_document_register_title ON document_register (title_key);

UPDATE document_register_state SET format_version = CASE WHEN EXISTS (SELECT 1 FROM content_items) THEN 0 ELSE 2 END;
