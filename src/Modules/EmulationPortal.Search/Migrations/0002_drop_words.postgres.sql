-- Search runs in memory over search_documents (see 0003): the tsvector table goes.
DROP TABLE search_vectors;
