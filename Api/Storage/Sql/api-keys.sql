-- API keys (the same script runs on SQLite and PostgreSQL). Only a SHA-256 hash of each key is stored.
CREATE TABLE IF NOT EXISTS api_keys (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL,
    unit        TEXT NULL,
    hash        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NULL,
    revoked_at  TEXT NULL
);
