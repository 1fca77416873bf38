-- The look-up lists the register newest year first, then by decision and line: read in this order, a page of an
-- unfiltered look-up is its first rows rather than a sort of every line.
CREATE INDEX ix_award_lines_listing ON award_lines (year DESC, decision_date DESC, item_id, line);
