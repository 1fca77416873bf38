-- Other names a unit is known by in decisions ("UBND xã Hạnh Lâm" for "Ủy ban nhân dân xã Hạnh Lâm"),
-- kept so the awards register links every spelling to the unit. name_key is the NameKey of name.
CREATE TABLE unit_aliases (
    unit_id TEXT NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    PRIMARY KEY (unit_id, name_key)
);

CREATE INDEX ix_unit_aliases_key ON unit_aliases (name_key);
