-- Incidents are scoped to a mission by their country (its host country) and counted per cited
-- source: both filters, and the check that a store holds events of one country only, read these
-- indexes instead of the whole table.
CREATE INDEX incidents_by_country_day ON incidents (country, day);
CREATE INDEX incidents_by_source ON incidents (source_id) WHERE source_id IS NOT NULL;
