-- An index for every filter of the incident list, so that a page and its count(*) under a filter
-- read the matching rows only: (filter, retired, day, id) answers "WHERE x = ? AND NOT retired ORDER
-- BY day DESC, id DESC" in index order and counts it from the index alone (on PostgreSQL once
-- vacuumed). SQLite ends every index with the rowid, id, so its then_id placeholder is empty.
-- Columns that are often absent are indexed where present.
CREATE INDEX IF NOT EXISTS incidents_by_event_type ON incidents (event_type, retired, day{{then_id}});
CREATE INDEX IF NOT EXISTS incidents_by_admin1 ON incidents (admin1, retired, day{{then_id}}) WHERE admin1 IS NOT NULL;
CREATE INDEX IF NOT EXISTS incidents_by_admin2 ON incidents (admin2, retired, day{{then_id}}) WHERE admin2 IS NOT NULL;
CREATE INDEX IF NOT EXISTS incidents_by_adm1_pcode ON incidents (adm1_pcode, retired, day{{then_id}})
    WHERE adm1_pcode IS NOT NULL;
CREATE INDEX IF NOT EXISTS incidents_by_adm2_pcode ON incidents (adm2_pcode, retired, day{{then_id}})
    WHERE adm2_pcode IS NOT NULL;
CREATE INDEX IF NOT EXISTS incidents_by_country ON incidents (country, retired, day{{then_id}}) WHERE country IS NOT NULL;
