-- A node catches up from what changed since its index's generation instead of comparing every doc_id: each row
-- carries the generation that wrote it (rows written before this migration: 0), and the doc_ids a change deletes
-- are kept in search_removals under its generation. The log holds every change after log_start: a rebuild of
-- the table starts it again (no removals are logged for it), and pruning the removals of old generations moves
-- it on; a node whose index is older than log_start compares every doc_id once, as before.
ALTER TABLE search_documents ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;
CREATE INDEX ix_search_documents_generation ON search_documents (generation);

CREATE TABLE search_removals (
    generation BIGINT NOT NULL,
    doc_id BIGINT NOT NULL,
    PRIMARY KEY (generation, doc_id)
);

ALTER TABLE search_state ADD COLUMN log_start BIGINT NOT NULL DEFAULT 0;
-- The removals of the changes made before this migration were not logged.
UPDATE search_state SET log_start = generation;
