-- Response log, SQLite dialect. position never repeats (AUTOINCREMENT), even after retention deletes old rows.
CREATE TABLE IF NOT EXISTS response_log (
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    id          BLOB    NOT NULL UNIQUE,
    unit        TEXT    NOT NULL,
    served_at   INTEGER NOT NULL, -- Unix milliseconds
    received_at INTEGER NOT NULL, -- Unix milliseconds
    payload     BLOB    NOT NULL  -- the validated response, UTF-8 JSON
);
CREATE INDEX IF NOT EXISTS response_log_served_at ON response_log (served_at);
