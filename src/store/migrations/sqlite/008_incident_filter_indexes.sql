-- An index for every filter of the incident list, so that a page and its count(*) under a filter
-- read the matching rows only: (filter, retired, day) answers "WHERE x = ? AND retired = 0 ORDER BY
-- day DESC, id DESC" in index order (the rowid, id, ends every SQLite index) and counts it without
-- touching the table. Columns that are often absent are indexed where present.
CREATE INDEX IF NOT EXISTS incidents_by_event_type ON incidents (event_type, retired, day);
CREATE INDEX IF NOT EXISTS incidents_by_admin1 ON incidents (admin1, retired, day) WHERE admin1 IS NOT NULL;
CREATE INDEX IF NOT EXISTS incidents_by_admin2 ON incidents (admin2, retired, day) WHERE admin2 IS NOT NULL;
CREATE INDEX IF NOT EXISTS incidents_by_adm1_pcode ON incidents (adm1_pcode, retired, day)
    WHERE adm1_pcode IS NOT NULL;
CREATE INDEX IF NOT EXISTS incidents_by_adm2_pcode ON incidents (adm2_pcode, retired, day)
    WHERE adm2_pcode IS NOT NULL;
CREATE INDEX IF NOT EXISTS incidents_by_country ON incidents (country, retired, day) WHERE country IS NOT NULL;
