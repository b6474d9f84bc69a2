-- Incident events in typed columns, and the rollups every write keeps current in its own
-- transaction, so that aggregates read a few thousand rollup rows instead of every event.

CREATE TABLE incidents (
    id {{id}},
    key TEXT NOT NULL UNIQUE,
    version {{bigint}} NOT NULL CHECK (version >= 1),
    retired {{flag}},
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- Days since 1970-01-01 of the first day the date stands for; lists and rollups use it.
    day {{bigint}} NOT NULL,
    date TEXT NOT NULL,
    time_precision {{bigint}},
    event_type TEXT NOT NULL,
    sub_event_type TEXT,
    disorder_type TEXT,
    actor1 TEXT,
    actor2 TEXT,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    admin3 TEXT,
    adm1_pcode TEXT,
    adm2_pcode TEXT,
    location TEXT,
    latitude {{real}},
    longitude {{real}},
    geo_precision {{bigint}},
    fatalities {{bigint}},
    reported_by TEXT,
    notes TEXT,
    source_id TEXT,
    -- A hash of the fields: a re-imported row with the same hash changes nothing.
    content_hash {{bigint}} NOT NULL
);

CREATE INDEX incidents_by_day ON incidents (day);
CREATE INDEX incidents_by_actor1 ON incidents (actor1) WHERE actor1 IS NOT NULL;
CREATE INDEX incidents_by_actor2 ON incidents (actor2) WHERE actor2 IS NOT NULL;

-- Live (not retired) incidents counted per day x unit x event type, one table per admin level:
-- incident_rollup_adm1 per admin-1 unit (adm1_pcode and the admin1 name the source gave, '' when
-- absent), incident_rollup_adm2 per admin-2 unit (adm2_pcode, admin2 name). week is the day number
-- of the ISO week's Monday and month that of the month's first day, so week and month totals are a
-- GROUP BY away. A row whose count falls to 0 is deleted in the same write. On SQLite, covering
-- indexes in GROUP BY order let a weekly or monthly aggregate read them in order, with no sort and
-- without touching the table.
@each adm1 adm2
CREATE TABLE incident_rollup_{{each}} (
    day {{bigint}} NOT NULL,
    week {{bigint}} NOT NULL,
    month {{bigint}} NOT NULL,
    pcode TEXT NOT NULL,
    unit TEXT NOT NULL,
    event_type TEXT NOT NULL,
    events {{bigint}} NOT NULL CHECK (events >= 0),
    fatalities {{bigint}} NOT NULL,
    PRIMARY KEY (day, pcode, unit, event_type)
){{without_rowid}};

@sqlite CREATE INDEX incident_rollup_{{each}}_by_week ON incident_rollup_{{each}} (week, pcode, unit, event_type, day, events, fatalities);
@sqlite CREATE INDEX incident_rollup_{{each}}_by_month ON incident_rollup_{{each}} (month, pcode, unit, event_type, day, events, fatalities);
@end
