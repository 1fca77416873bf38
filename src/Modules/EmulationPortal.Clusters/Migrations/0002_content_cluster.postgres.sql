-- Content belongs to a cluster: the database refuses an item of an unknown cluster, and the removal of a
-- cluster that still has content. The constraint lives here because clusters is created by this module,
-- whose migrations run after the core's (modules know the core; the core knows no module).
ALTER TABLE content_items ADD CONSTRAINT fk_content_items_cluster FOREIGN KEY (cluster_id) REFERENCES clusters (id);
