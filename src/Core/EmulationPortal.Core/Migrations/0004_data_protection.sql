-- ASP.NET Core's data-protection key ring (cookies, antiforgery), shared by every web node, so a
-- person signed in on one node is signed in on all of them.
CREATE TABLE data_protection_keys (
    name TEXT PRIMARY KEY,
    xml TEXT NOT NULL,
    created_utc TIMESTAMPTZ NOT NULL
);
