CREATE TABLE users (
    id TEXT PRIMARY KEY,
    user_name TEXT NOT NULL,
    normalized_user_name TEXT NOT NULL UNIQUE,
    email TEXT NULL,
    display_name TEXT NULL,
    password_hash TEXT NULL,
    security_stamp TEXT NOT NULL,
    lockout_end_utc TIMESTAMPTZ NULL,
    access_failed_count INTEGER NOT NULL DEFAULT 0,
    created_utc TIMESTAMPTZ NOT NULL
);

CREATE TABLE user_roles (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);
