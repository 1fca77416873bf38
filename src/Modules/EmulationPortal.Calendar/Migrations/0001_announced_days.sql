-- The days off and the weekend days worked that the government announces for a year, beyond the Labour Code's
-- holidays (which are computed). Only the Calendar module writes this table.
CREATE TABLE calendar_announced_days (
    day TEXT PRIMARY KEY,
    -- 'DayOff' or 'WorkingDay'.
    kind TEXT NOT NULL,
    name TEXT NOT NULL
);
