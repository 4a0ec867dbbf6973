-- Alerting (the same script runs on SQLite and PostgreSQL). Times are ISO 8601 UTC text, like api_keys.
CREATE TABLE IF NOT EXISTS alert_targets (
    unit            TEXT PRIMARY KEY,
    target          DOUBLE PRECISION NOT NULL,
    metric          TEXT NOT NULL,
    window_name     TEXT NOT NULL,
    min_responses   INTEGER NOT NULL,
    pending_seconds BIGINT NOT NULL,
    margin          DOUBLE PRECISION NOT NULL,
    basis           TEXT NOT NULL,
    set_by          TEXT NOT NULL,
    set_at          TEXT NOT NULL
);

-- Who changed which target when: one row per set or clear, with the target as it was set (JSON), never updated.
CREATE TABLE IF NOT EXISTS alert_target_audit (
    id      TEXT PRIMARY KEY,
    unit    TEXT NOT NULL,
    action  TEXT NOT NULL,
    target  TEXT NULL,
    actor   TEXT NOT NULL,
    at      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alert_target_audit_unit ON alert_target_audit (unit, at);

-- The current state of each unit and rule that has left its initial state.
CREATE TABLE IF NOT EXISTS alert_status (
    unit            TEXT NOT NULL,
    rule            TEXT NOT NULL,
    state           TEXT NOT NULL,
    condition_state TEXT NOT NULL,
    since           TEXT NOT NULL,
    pending_since   TEXT NULL,
    value           DOUBLE PRECISION NULL,
    low             DOUBLE PRECISION NULL,
    high            DOUBLE PRECISION NULL,
    n               BIGINT NOT NULL,
    target          DOUBLE PRECISION NOT NULL,
    window_name     TEXT NOT NULL,
    evaluated_at    TEXT NOT NULL,
    acknowledged_by TEXT NULL,
    comment         TEXT NULL,
    PRIMARY KEY (unit, rule)
);

-- Every transition with the figures that caused it; seq is assigned by the single evaluator.
CREATE TABLE IF NOT EXISTS alert_transitions (
    seq         BIGINT PRIMARY KEY,
    unit        TEXT NOT NULL,
    rule        TEXT NOT NULL,
    from_state  TEXT NOT NULL,
    to_state    TEXT NOT NULL,
    value       DOUBLE PRECISION NULL,
    low         DOUBLE PRECISION NULL,
    high        DOUBLE PRECISION NULL,
    n           BIGINT NOT NULL,
    target      DOUBLE PRECISION NOT NULL,
    window_name TEXT NOT NULL,
    at          TEXT NOT NULL,
    actor       TEXT NULL,
    comment     TEXT NULL
);
CREATE INDEX IF NOT EXISTS alert_transitions_unit ON alert_transitions (unit, seq);

CREATE TABLE IF NOT EXISTS alert_silences (
    id          TEXT PRIMARY KEY,
    unit        TEXT NOT NULL,
    rule        TEXT NULL,
    subtree     INTEGER NOT NULL,
    starts_at   TEXT NOT NULL,
    ends_at     TEXT NULL,
    days        TEXT NULL,
    mute_from   TEXT NULL,
    mute_to     TEXT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    comment     TEXT NULL,
    removed_by  TEXT NULL,
    removed_at  TEXT NULL
);

-- Webhook endpoints per scope unit. The secret signs deliveries, so it is kept (not hashed); it is never logged.
CREATE TABLE IF NOT EXISTS webhook_endpoints (
    id          TEXT PRIMARY KEY,
    unit        TEXT NOT NULL,
    url         TEXT NOT NULL,
    secret      TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    removed_at  TEXT NULL
);

-- The durable outbox: written in the same transaction as the transition, deleted never, marked when delivered.
CREATE TABLE IF NOT EXISTS webhook_outbox (
    delivery_id     TEXT PRIMARY KEY,
    endpoint_id     TEXT NOT NULL,
    seq             BIGINT NOT NULL,
    body            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at TEXT NOT NULL,
    delivered_at    TEXT NULL,
    failed_at       TEXT NULL,
    last_error      TEXT NULL
);
CREATE INDEX IF NOT EXISTS webhook_outbox_due ON webhook_outbox (delivered_at, failed_at, next_attempt_at);
