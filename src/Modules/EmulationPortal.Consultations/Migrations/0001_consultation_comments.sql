-- Comments readers send on a consultation's candidates. Never shown to the public; only the Consultations module
-- writes this table.
CREATE TABLE consultation_comments (
    -- The reference number the sender is given ("YK-00042"), over the whole site.
    number INTEGER PRIMARY KEY,
    consultation_id TEXT NOT NULL,
    -- The candidate's name as listed when the comment was sent; empty for a comment on the whole list.
    candidate TEXT NOT NULL,
    sender_name TEXT NOT NULL,
    contact TEXT NOT NULL,
    address TEXT NOT NULL,
    body TEXT NOT NULL,
    received_utc TIMESTAMPTZ NOT NULL,
    handled_utc TIMESTAMPTZ NULL,
    handled_by TEXT NULL,
    handling_note TEXT NULL
);

CREATE INDEX ix_consultation_comments_item ON consultation_comments (consultation_id, number);
