-- Records of every kind but incidents, and the append-only audit log.

CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    key TEXT,
    version INTEGER NOT NULL CHECK (version >= 1),
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- The first and last ISO day the kind's date field may stand for ("2025-01" spans the month).
    date_first TEXT,
    date_last TEXT,
    country TEXT,
    mission TEXT,
    body TEXT NOT NULL CHECK (json_valid(body)),
    UNIQUE (kind, key)
);

CREATE INDEX records_by_date ON records (kind, retired, date_first, date_last);
CREATE INDEX records_by_country ON records (kind, country) WHERE country IS NOT NULL;
CREATE INDEX records_by_mission ON records (kind, mission) WHERE mission IS NOT NULL;

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    kind TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    before TEXT NOT NULL DEFAULT '',
    after TEXT NOT NULL DEFAULT ''
);

CREATE INDEX audit_by_record ON audit (kind, record_id);
CREATE INDEX audit_by_actor ON audit (actor);

CREATE TRIGGER audit_refuses_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be changed');
END;

CREATE TRIGGER audit_refuses_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be deleted');
END;
