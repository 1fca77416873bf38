-- Search runs in memory over search_documents (see 0003): the FTS5 table goes.
DROP TABLE search_fts;
