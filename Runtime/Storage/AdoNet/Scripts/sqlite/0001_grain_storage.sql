-- Grain state rows shaped like Orleans' ADO.NET storage: grain type, grain key, state name, a version used as the
-- ETag, the serialized payload (NULL after a clear) and the time of the last change.
CREATE TABLE IF NOT EXISTS grain_storage (
    service_id  TEXT    NOT NULL,
    grain_type  TEXT    NOT NULL,
    grain_key   TEXT    NOT NULL,
    state_name  TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    payload     BLOB    NULL,
    modified_on TEXT    NOT NULL,
    PRIMARY KEY (service_id, grain_type, grain_key, state_name)
);
