-- Slow work (renditions, text extraction) waits here until a worker takes it. A worker holds a
-- job by a lease; a lease that runs out (the worker died) lets another worker take the job again.
CREATE TABLE background_jobs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT NULL,
    lease_until_utc TIMESTAMPTZ NULL,
    last_error TEXT NULL,
    created_utc TIMESTAMPTZ NOT NULL,
    completed_utc TIMESTAMPTZ NULL,
    UNIQUE (kind, subject)
);

CREATE INDEX ix_background_jobs_pending ON background_jobs (status, lease_until_utc);
