-- Links that open an item's preview without an account. The row, not the key in the address, decides whether a
-- link still works: revoking it or its expiry ends it at once. version is the item's newest version when the link
-- was made; void_on_change ends the link once a newer one is saved. The links of a deleted draft go with it.
CREATE TABLE preview_links (
    id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    void_on_change BOOLEAN NOT NULL,
    created_by TEXT NOT NULL,
    created_utc TIMESTAMPTZ NOT NULL,
    expires_utc TIMESTAMPTZ NOT NULL,
    revoked_by TEXT NULL,
    revoked_utc TIMESTAMPTZ NULL,
    last_opened_utc TIMESTAMPTZ NULL
);

CREATE INDEX preview_links_item ON preview_links (item_id, created_utc);
