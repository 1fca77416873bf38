-- A publication planned for a set time; the scheduler clears it when it publishes.
ALTER TABLE content_items ADD COLUMN scheduled_publish_utc TIMESTAMPTZ NULL;
ALTER TABLE content_items ADD COLUMN scheduled_by TEXT NULL;
CREATE INDEX ix_content_items_scheduled ON content_items (scheduled_publish_utc);
