-- The published official documents as status and relations read them, rebuilt with each document in the
-- transaction that changes it. Only the Documents module writes these tables.
CREATE TABLE document_register (
    item_id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    number TEXT NOT NULL,
    -- The number folded (DocumentNumber.Folded): what citations name.
    number_key TEXT NULL,
    issued_on TEXT NULL,
    issuer TEXT NOT NULL,
    summary TEXT NOT NULL,
    cluster_id TEXT NOT NULL,
    effective_on TEXT NULL,
    expires_on TEXT NULL,
    -- Set by hand in the editor; NULL lets dates and relations decide.
    legal_status TEXT NULL
);

CREATE INDEX ix_document_register_number ON document_register (number_key);

-- What each published document names: by folded number (resolved when read, so a document published later is
-- linked without touching the one citing it) or by id (picked by the editor, or an award decision's revocation).
CREATE TABLE document_citations (
    item_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    target_key TEXT NULL,
    target_id TEXT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (item_id, position)
);

CREATE INDEX ix_document_citations_key ON document_citations (target_key);
CREATE INDEX ix_document_citations_target ON document_citations (target_id);

-- The format the register was built in: a start that finds another rebuilds it. A site with no content yet is
-- complete in any format, as its documents are registered as they are published.
CREATE TABLE document_register_state (
    format_version INTEGER NOT NULL
);

INSERT INTO document_register_state (format_version) SELECT CASE WHEN EXISTS (SELECT 1 FROM content_items) THEN 0 ELSE 1 END;
