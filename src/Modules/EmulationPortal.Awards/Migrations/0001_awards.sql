-- The catalogue of award kinds: the titles and forms of the Law on Emulation and Commendation, with the
-- spellings decisions use for them. name_key and spelling_key are NameKeys (folded, abbreviations expanded).
CREATE TABLE award_kinds (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    level TEXT NOT NULL,
    form TEXT NOT NULL,
    recipient_type TEXT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE award_kind_spellings (
    kind_id TEXT NOT NULL REFERENCES award_kinds (id) ON DELETE CASCADE,
    spelling TEXT NOT NULL,
    spelling_key TEXT NOT NULL UNIQUE,
    PRIMARY KEY (kind_id, spelling_key)
);

-- The register: one row per award line of every published award decision, rebuilt with the decision in
-- the transaction that changes it. The decision's facts are copied in, as this module reads no content table.
CREATE TABLE award_lines (
    item_id TEXT NOT NULL,
    line INTEGER NOT NULL,
    decision_type TEXT NOT NULL,
    decision_slug TEXT NOT NULL,
    decision_number TEXT NULL,
    decision_date TEXT NULL,
    decision_title TEXT NOT NULL,
    cluster_id TEXT NOT NULL,
    year INTEGER NOT NULL,
    kind_text TEXT NOT NULL,
    kind_key TEXT NOT NULL,
    kind_id TEXT NULL,
    recipient_type TEXT NOT NULL,
    recipient TEXT NOT NULL,
    recipient_key TEXT NOT NULL,
    -- The name the line's unit is looked up by (a collective's own name, or the unit written beside a person).
    unit_name TEXT NULL,
    unit_key TEXT NULL,
    unit_id TEXT NULL,
    revoked_by TEXT NULL,
    revoked_by_type TEXT NULL,
    revoked_by_slug TEXT NULL,
    revoked_by_number TEXT NULL,
    PRIMARY KEY (item_id, line)
);

CREATE INDEX ix_award_lines_year ON award_lines (year, kind_id);
CREATE INDEX ix_award_lines_unit ON award_lines (unit_id, year);
CREATE INDEX ix_award_lines_kind ON award_lines (kind_id, year);
CREATE INDEX ix_award_lines_cluster ON award_lines (cluster_id, year);
CREATE INDEX ix_award_lines_recipient ON award_lines (recipient_key);
CREATE INDEX ix_award_lines_unit_key ON award_lines (unit_key);
CREATE INDEX ix_award_lines_kind_key ON award_lines (kind_key);

-- What a decision revokes (line NULL: the whole decision), kept so a revoked decision published again
-- after its revoking one still shows as revoked.
CREATE TABLE award_revocations (
    revoking_item_id TEXT NOT NULL,
    revoking_type TEXT NOT NULL,
    revoking_slug TEXT NOT NULL,
    revoking_number TEXT NULL,
    revoked_item_id TEXT NOT NULL,
    line INTEGER NULL
);

CREATE INDEX ix_award_revocations_revoking ON award_revocations (revoking_item_id);
CREATE INDEX ix_award_revocations_revoked ON award_revocations (revoked_item_id);

-- The format the register was built in: a start that finds another rebuilds it from the decisions.
CREATE TABLE award_register_state (
    format_version INTEGER NOT NULL
);

INSERT INTO award_register_state (format_version) VALUES (0);
