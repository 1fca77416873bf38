-- Content belongs to a cluster: the database refuses an item of an unknown cluster, and the removal of a
-- cluster that still has content. The constraint lives here because clusters is created by this module,
-- whose migrations run after the core's (modules know the core; the core knows no module).
--
-- SQLite adds a constraint only by building the table again. Dropping content_items while its versions
-- and history refer to it would delete them (foreign keys are on, and cannot be turned off inside the
-- migration's transaction), so the three tables are copied aside, dropped children first, created again
-- as the core made them, and filled back.
CREATE TEMP TABLE saved_content_items AS SELECT * FROM content_items;
CREATE TEMP TABLE saved_content_versions AS SELECT * FROM content_versions;
CREATE TEMP TABLE saved_content_transitions AS SELECT * FROM content_transitions;
DROP TABLE content_transitions;
DROP TABLE content_versions;
DROP TABLE content_items;

CREATE TABLE content_items (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    cluster_id TEXT NOT NULL REFERENCES clusters (id),
    slug TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    author TEXT NOT NULL,
    created_utc TIMESTAMPTZ NOT NULL,
    modified_utc TIMESTAMPTZ NOT NULL,
    published_utc TIMESTAMPTZ NULL,
    latest_version INTEGER NOT NULL,
    published_version INTEGER NULL,
    scheduled_publish_utc TIMESTAMPTZ NULL,
    scheduled_by TEXT NULL
);
CREATE INDEX ix_content_items_public ON content_items (type, published_version, cluster_id);
CREATE INDEX ix_content_items_scheduled ON content_items (scheduled_publish_utc);

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

INSERT INTO content_items (id, type, cluster_id, slug, status, author, created_utc, modified_utc, published_utc,
    latest_version, published_version, scheduled_publish_utc, scheduled_by)
SELECT id, type, cluster_id, slug, status, author, created_utc, modified_utc, published_utc,
    latest_version, published_version, scheduled_publish_utc, scheduled_by
FROM saved_content_items;
INSERT INTO content_versions (item_id, version, title, item_date, year, number, data, author, created_utc)
SELECT item_id, version, title, item_date, year, number, data, author, created_utc FROM saved_content_versions;
INSERT INTO content_transitions (item_id, version, from_status, to_status, user_name, comment, at_utc)
SELECT item_id, version, from_status, to_status, user_name, comment, at_utc FROM saved_content_transitions;

DROP TABLE saved_content_items;
DROP TABLE saved_content_versions;
DROP TABLE saved_content_transitions;
