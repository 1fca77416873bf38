CREATE TABLE units (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    province TEXT NULL
);

CREATE TABLE clusters (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    number INTEGER NULL,
    name TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    province TEXT NULL,
    sector TEXT NULL,
    review_required BOOLEAN NOT NULL
);

-- One row per cluster and year: who leads it that year.
CREATE TABLE cluster_terms (
    cluster_id TEXT NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    leader_unit_id TEXT NULL REFERENCES units (id),
    deputy_unit_id TEXT NULL REFERENCES units (id),
    PRIMARY KEY (cluster_id, year)
);

CREATE TABLE cluster_members (
    cluster_id TEXT NOT NULL,
    year INTEGER NOT NULL,
    unit_id TEXT NOT NULL REFERENCES units (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (cluster_id, year, unit_id),
    FOREIGN KEY (cluster_id, year) REFERENCES cluster_terms (cluster_id, year) ON DELETE CASCADE
);
