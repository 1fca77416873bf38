-- A cluster may take items for review only when the checks before review no longer warn. Off for every existing
-- cluster, so nothing a cluster did before changes until its administrator turns it on.
ALTER TABLE clusters ADD COLUMN block_submit_on_warnings BOOLEAN NOT NULL DEFAULT FALSE;
