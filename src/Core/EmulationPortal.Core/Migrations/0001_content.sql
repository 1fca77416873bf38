-- The content core shared by every content type. Type-specific fields live in the JSON
-- of each version; the columns here are what lists, filters and lookups need.
CREATE TABLE content_items (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    cluster_id TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    author TEXT NOT NULL,
    created_utc TIMESTAMPTZ NOT NULL,
    modified_utc TIMESTAMPTZ NOT NULL,
    published_utc TIMESTAMPTZ NULL,
    latest_version INTEGER NOT NULL,
    published_version INTEGER NULL
);

CREATE INDEX ix_content_items_public ON content_items (type, published_version, cluster_id);

CREATE TABLE content_versions (
    item_id TEXT NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    item_date TEXT NULL,
    year INTEGER NULL,
    number TEXT NULL,
    data TEXT NOT NULL,
    author TEXT NOT NULL,
    created_utc TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (item_id, version)
);

CREATE INDEX ix_content_versions_date ON content_versions (item_date);

-- Every workflow step, for the item's history.
CREATE TABLE content_transitions (
    item_id TEXT NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    from_status TEXT NULL,
    to_status TEXT NOT NULL,
    user_name TEXT NOT NULL,
    comment TEXT NULL,
    at_utc TIMESTAMPTZ NOT NULL
);

CREATE INDEX ix_content_transitions_item ON content_transitions (item_id, at_utc);

CREATE TABLE site_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
