-- The folded words of each item's newest version (title, number, summary, body, names), which the admin's lists search:
-- drafts and items in review are never in the public search index. A table of its own, keyed like content_media and
-- without a foreign key, because SQLite builds content_items and content_versions again when a module adds a
-- constraint to them. Folding is C#'s (VietnameseText), so items written before this table are filled at start
-- (AdminSearchWordsFill).
CREATE TABLE content_search_words (
    item_id TEXT PRIMARY KEY,
    words TEXT NOT NULL
);
