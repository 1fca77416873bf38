-- search_documents is made again with all a document's words come from (extra: issuer, signer, type
-- and year; award_kinds, one per line), and the award kinds table goes. The index is rebuilt at the
-- next start.
DROP TABLE search_award_kinds;
DROP TABLE search_documents;

-- Rows are never updated: a change deletes the row and inserts another under a new doc_id, so a node
-- knows a document it holds by its doc_id. Ids are handed out by search_state, never twice.
CREATE TABLE search_documents (
    doc_id BIGINT PRIMARY KEY,
    item_id TEXT NOT NULL UNIQUE,
    archived BOOLEAN NOT NULL,
    type TEXT NOT NULL,
    cluster_id TEXT NOT NULL,
    year INTEGER NULL,
    item_date TEXT NULL,
    issuer TEXT NULL,
    number TEXT NULL,
    number_folded TEXT NULL,
    title TEXT NOT NULL,
    summary TEXT NULL,
    body TEXT NOT NULL,
    people TEXT NOT NULL,
    attachment_text TEXT NOT NULL,
    extra TEXT NOT NULL,
    award_kinds TEXT NOT NULL,
    url TEXT NOT NULL
);

-- generation is raised first thing in the transaction of every change to search_documents (its row
-- lock keeps such changes apart until commit): a node whose copy in memory is of another generation
-- reads what changed before it answers. last_doc_id is the last doc_id handed out.
CREATE TABLE search_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL,
    last_doc_id BIGINT NOT NULL
);

INSERT INTO search_state (id, generation, last_doc_id) VALUES (1, 0, 0);
