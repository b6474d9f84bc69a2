-- Users, their browser sessions and API tokens, and failed sign-ins for rate limiting.
-- Passwords are kept only as Argon2id hashes, session and API tokens only as SHA-256 hashes.

CREATE TABLE users (
    id {{id}},
    name TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    roles TEXT NOT NULL,    -- Space-separated: "editor liaison".
    domains TEXT NOT NULL,  -- Space-separated: "force funding".
    country TEXT NOT NULL DEFAULT '',
    disabled {{flag}},
    created_at TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    csrf_token TEXT NOT NULL,
    user_id {{bigint}} NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE api_tokens (
    id {{id}},
    user_id {{bigint}} NOT NULL REFERENCES users (id),
    label TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    last_used_at TEXT NOT NULL DEFAULT '',
    revoked {{flag}}
);

CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

CREATE TABLE failed_sign_ins (
    id {{id}},
    user_name TEXT NOT NULL,
    client TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE INDEX failed_sign_ins_by_user ON failed_sign_ins (user_name, at);
CREATE INDEX failed_sign_ins_by_client ON failed_sign_ins (client, at);
CREATE INDEX failed_sign_ins_by_time ON failed_sign_ins (at);
