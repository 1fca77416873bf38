ALTER TABLE users ADD COLUMN lockout_enabled BOOLEAN NOT NULL DEFAULT TRUE;

-- A user's role in a cluster: Editor writes and submits, Reviewer also approves and publishes.
CREATE TABLE user_clusters (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    cluster_id TEXT NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, cluster_id)
);
