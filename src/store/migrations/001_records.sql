-- Records of every kind but incidents, and the append-only audit log.

CREATE TABLE records (
    id {{id}},
    kind TEXT NOT NULL,
    key TEXT,
    version {{bigint}} NOT NULL CHECK (version >= 1),
    retired {{flag}},
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- The first and last ISO day the kind's date field may stand for ("2025-01" spans the month).
    date_first {{date}},
    date_last {{date}},
    country TEXT,
    mission TEXT,
    body {{json_object}},
    UNIQUE (kind, key)
);

CREATE INDEX records_by_date ON records (kind, retired, date_first, date_last);
CREATE INDEX records_by_country ON records (kind, country) WHERE country IS NOT NULL;
CREATE INDEX records_by_mission ON records (kind, mission) WHERE mission IS NOT NULL;

CREATE TABLE audit (
    id {{id}},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    kind TEXT NOT NULL,
    record_id {{bigint}} NOT NULL,
    before TEXT NOT NULL DEFAULT '',
    after TEXT NOT NULL DEFAULT ''
);

CREATE INDEX audit_by_record ON audit (kind, record_id);
CREATE INDEX audit_by_actor ON audit (actor);

-- The audit log refuses changes in the database itself; the two dialects write triggers differently
-- (PostgreSQL also refuses TRUNCATE, which SQLite does not have).
@sqlite CREATE TRIGGER audit_refuses_update BEFORE UPDATE ON audit
@sqlite BEGIN
@sqlite     SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be changed');
@sqlite END;
@sqlite
@sqlite CREATE TRIGGER audit_refuses_delete BEFORE DELETE ON audit
@sqlite BEGIN
@sqlite     SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be deleted');
@sqlite END;
@postgres CREATE FUNCTION audit_refuses_change() RETURNS trigger LANGUAGE plpgsql AS $$
@postgres BEGIN
@postgres     RAISE EXCEPTION 'the audit log is append-only: rows cannot be changed or deleted';
@postgres END
@postgres $$;
@postgres
@postgres CREATE TRIGGER audit_refuses_update_or_delete BEFORE UPDATE OR DELETE ON audit
@postgres     FOR EACH ROW EXECUTE FUNCTION audit_refuses_change();
@postgres CREATE TRIGGER audit_refuses_truncate BEFORE TRUNCATE ON audit
@postgres     FOR EACH STATEMENT EXECUTE FUNCTION audit_refuses_change();
