-- Every stored file, as checked on arrival (images with their size in pixels).
CREATE TABLE media_files (
    media_key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    content_type TEXT NOT NULL,
    length BIGINT NOT NULL,
    width INTEGER NULL,
    height INTEGER NULL,
    original_name TEXT NULL,
    created_utc TIMESTAMPTZ NOT NULL
);

-- The resized, upright, metadata-free copies the public pages show.
CREATE TABLE media_renditions (
    media_key TEXT NOT NULL REFERENCES media_files (media_key) ON DELETE CASCADE,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    format TEXT NOT NULL,
    length BIGINT NOT NULL,
    PRIMARY KEY (media_key, width, format)
);

-- Text read out of attachments, for search.
CREATE TABLE media_texts (
    media_key TEXT PRIMARY KEY REFERENCES media_files (media_key) ON DELETE CASCADE,
    method TEXT NOT NULL,
    text TEXT NOT NULL,
    extracted_utc TIMESTAMPTZ NOT NULL
);
