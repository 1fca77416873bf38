-- One row per person per workflow step that concerns them. The item's title and the actor's name are
-- copied as they were, so the list still reads after the item is renamed or deleted. site_url is the
-- portal's address as the actor reached it, for the absolute link an e-mail carries.
CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    recipient TEXT NOT NULL,
    kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    item_type TEXT NOT NULL,
    item_title TEXT NOT NULL,
    cluster_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    comment TEXT NULL,
    publish_at_utc TIMESTAMPTZ NULL,
    site_url TEXT NULL,
    created_utc TIMESTAMPTZ NOT NULL,
    read_utc TIMESTAMPTZ NULL,
    emailed_utc TIMESTAMPTZ NULL
);

CREATE INDEX notifications_recipient ON notifications (recipient, created_utc);
CREATE INDEX notifications_unread ON notifications (recipient) WHERE read_utc IS NULL;
