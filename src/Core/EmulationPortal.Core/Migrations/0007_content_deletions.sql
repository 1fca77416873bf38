-- Who deleted which never-published draft, and when: the item's versions and workflow history go with it, so the
-- record of the deletion is kept apart from them.
CREATE TABLE content_deletions (
    item_id TEXT NOT NULL,
    type TEXT NOT NULL,
    cluster_id TEXT NOT NULL,
    title TEXT NOT NULL,
    slug TEXT NOT NULL,
    latest_version INTEGER NOT NULL,
    author TEXT NOT NULL,
    user_name TEXT NOT NULL,
    at_utc TIMESTAMPTZ NOT NULL
);

CREATE INDEX ix_content_deletions_cluster ON content_deletions (cluster_id, at_utc);
