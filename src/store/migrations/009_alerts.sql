-- Alerts raised (one row per condition, keyed so an unchanged condition is raised once), what each
-- user subscribes to, Atom feed tokens (hashed), webhook endpoints and the log of their deliveries.

CREATE TABLE alerts (
    id {{id}},
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    mission TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    title TEXT NOT NULL,
    detail TEXT NOT NULL,
    figures TEXT NOT NULL,     -- JSON array of strings.
    source_ids TEXT NOT NULL,  -- JSON array of strings.
    value {{bigint}},
    first_seen TEXT NOT NULL
);
CREATE INDEX alerts_by_first_seen ON alerts (first_seen);

CREATE TABLE alert_subscriptions (
    user_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    mission TEXT NOT NULL DEFAULT '',  -- '' for every mission.
    runway_months INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_name, kind, mission)
);

CREATE TABLE alert_feed_tokens (
    id {{id}},
    user_name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,  -- SHA-256 of the token; the token itself is never stored.
    created_at TEXT NOT NULL,
    revoked_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE alert_webhooks (
    id {{id}},
    user_name TEXT NOT NULL,
    url TEXT NOT NULL,
    secret TEXT NOT NULL,  -- Kept to sign bodies with; shown to the user only when created.
    created_at TEXT NOT NULL,
    deleted_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE alert_deliveries (
    id {{id}},
    webhook_id {{bigint}} NOT NULL REFERENCES alert_webhooks (id),
    alert_id {{bigint}} NOT NULL REFERENCES alerts (id),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (webhook_id, alert_id)
);
CREATE INDEX alert_deliveries_due ON alert_deliveries (status, next_try);

CREATE TABLE alert_delivery_attempts (
    delivery_id {{bigint}} NOT NULL REFERENCES alert_deliveries (id),
    attempt INTEGER NOT NULL,
    at TEXT NOT NULL,
    http_status INTEGER NOT NULL,
    error TEXT NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);
