-- Response log, PostgreSQL dialect.
CREATE TABLE IF NOT EXISTS response_log (
    position    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id          uuid        NOT NULL UNIQUE,
    unit        text        NOT NULL,
    served_at   timestamptz NOT NULL,
    received_at timestamptz NOT NULL,
    payload     bytea       NOT NULL -- the validated response, UTF-8 JSON
);
CREATE INDEX IF NOT EXISTS response_log_served_at ON response_log (served_at);
