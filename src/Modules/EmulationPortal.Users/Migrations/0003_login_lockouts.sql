-- Failed sign-ins per account and client address: a stranger who types wrong passwords locks only
-- their own address out of that account, never its owner elsewhere. Times are Unix seconds, so both
-- engines compare them alike in SQL.
CREATE TABLE login_lockouts (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    failed_count INTEGER NOT NULL,
    last_failure_at BIGINT NOT NULL,
    locked_until BIGINT NULL,
    PRIMARY KEY (user_id, address)
);

CREATE INDEX login_lockouts_last_failure ON login_lockouts (last_failure_at);
