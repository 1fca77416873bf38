-- Which media files each version names (ContentData.MediaFiles), written by the repository with the
-- version: who may download an attachment, and which items a file's text belongs to, are then found by
-- the key's index instead of a scan of every version's JSON. Existing versions are read here once.
CREATE TABLE content_media (
    item_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    media_key TEXT NOT NULL,
    PRIMARY KEY (item_id, version, media_key)
);
CREATE INDEX ix_content_media_key ON content_media (media_key);

INSERT INTO content_media (item_id, version, media_key)
SELECT DISTINCT v.item_id, v.version, f.value
FROM content_versions v, json_tree(v.data) f
WHERE f.key = 'file' AND f.type = 'text' AND f.value <> '';
