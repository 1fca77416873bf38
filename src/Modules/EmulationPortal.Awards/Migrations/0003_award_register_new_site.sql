-- A site with no content yet has a complete register in any format: its decisions are added as they are
-- published, so the first start after the setup recipes has nothing to rebuild. A site that already holds
-- content keeps format 0 and is built in full at its next start.
UPDATE award_register_state SET format_version = 1
WHERE format_version = 0 AND NOT EXISTS (SELECT 1 FROM content_items);
