-- Incident events in typed columns, and the rollups every write keeps current in its own
-- transaction, so that aggregates read a few thousand rollup rows instead of every event.

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL CHECK (version >= 1),
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- Days since 1970-01-01 of the first day the date stands for; lists and rollups use it.
    day INTEGER NOT NULL,
    date TEXT NOT NULL,
    time_precision INTEGER,
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
    latitude REAL,
    longitude REAL,
    geo_precision INTEGER,
    fatalities INTEGER,
    reported_by TEXT,
    notes TEXT,
    source_id TEXT,
    -- A hash of the fields: a re-imported row with the same hash changes nothing.
    content_hash INTEGER NOT NULL
);

CREATE INDEX incidents_by_day ON incidents (day);
CREATE INDEX incidents_by_actor1 ON incidents (actor1) WHERE actor1 IS NOT NULL;
CREATE INDEX incidents_by_actor2 ON incidents (actor2) WHERE actor2 IS NOT NULL;

-- Live (not retired) incidents counted per day x admin-1 unit x event type. A unit is its P-code
-- and the admin1 name the source gave ('' when absent). week is the day number of the ISO week's
-- Monday and month that of the month's first day, so week and month totals are a GROUP BY away.
-- A row whose count falls to 0 is deleted in the same write.
CREATE TABLE incident_rollup_adm1 (
    day INTEGER NOT NULL,
    week INTEGER NOT NULL,
    month INTEGER NOT NULL,
    pcode TEXT NOT NULL,
    unit TEXT NOT NULL,
    event_type TEXT NOT NULL,
    events INTEGER NOT NULL CHECK (events >= 0),
    fatalities INTEGER NOT NULL,
    PRIMARY KEY (day, pcode, unit, event_type)
) WITHOUT ROWID;

-- Covering indexes in GROUP BY order: a weekly or monthly aggregate reads them in order, with no
-- sort and without touching the table.
CREATE INDEX incident_rollup_adm1_by_week ON incident_rollup_adm1 (week, pcode, unit, event_type, day, events, fatalities);
CREATE INDEX incident_rollup_adm1_by_month ON incident_rollup_adm1 (month, pcode, unit, event_type, day, events, fatalities);

-- The same per admin-2 unit (adm2_pcode, admin2 name).
CREATE TABLE incident_rollup_adm2 (
    day INTEGER NOT NULL,
    week INTEGER NOT NULL,
    month INTEGER NOT NULL,
    pcode TEXT NOT NULL,
    unit TEXT NOT NULL,
    event_type TEXT NOT NULL,
    events INTEGER NOT NULL CHECK (events >= 0),
    fatalities INTEGER NOT NULL,
    PRIMARY KEY (day, pcode, unit, event_type)
) WITHOUT ROWID;

CREATE INDEX incident_rollup_adm2_by_week ON incident_rollup_adm2 (week, pcode, unit, event_type, day, events, fatalities);
CREATE INDEX incident_rollup_adm2_by_month ON incident_rollup_adm2 (month, pcode, unit, event_type, day, events, fatalities);
