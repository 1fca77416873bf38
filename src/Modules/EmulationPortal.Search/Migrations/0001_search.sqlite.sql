-- What search shows and filters on, one row per published (or archived) item, in original text.
CREATE TABLE search_documents (
    doc_id INTEGER PRIMARY KEY,
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
    doc_id INTEGER NOT NULL REFERENCES search_documents (doc_id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    PRIMARY KEY (doc_id, kind)
);

-- The same text folded (no diacritics, đ → d), so "do luong", "Đô Lương" and "ĐÔ LƯƠNG" are one
-- word to FTS5; folding keeps every character's place, so matches map back onto the original.
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, number, summary, body, people, attachments, extra,
    tokenize = 'unicode61 remove_diacritics 2'
);
