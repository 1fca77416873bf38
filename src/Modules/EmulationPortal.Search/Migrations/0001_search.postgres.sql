-- What search shows and filters on, one row per published (or archived) item, in original text:
-- the same table as on SQLite.
CREATE TABLE search_documents (
    doc_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    url TEXT NOT NULL
);

CREATE INDEX ix_search_documents_type ON search_documents (type, year);
CREATE INDEX ix_search_documents_cluster ON search_documents (cluster_id);
CREATE INDEX ix_search_documents_number ON search_documents (number_folded);

CREATE TABLE search_award_kinds (
    doc_id BIGINT NOT NULL REFERENCES search_documents (doc_id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    PRIMARY KEY (doc_id, kind)
);

-- The words of each item, folded in C# (no diacritics, đ → d, lower case, split into [a-z0-9] runs
-- exactly as the query is), weighted by field: A title and number, B summary and people, C body and
-- the rest, D attachments. Apart from the text it is read for, as SQLite's search_fts is.
CREATE TABLE search_vectors (
    doc_id BIGINT PRIMARY KEY REFERENCES search_documents (doc_id) ON DELETE CASCADE,
    words TSVECTOR NOT NULL
);

CREATE INDEX ix_search_vectors_words ON search_vectors USING GIN (words);
