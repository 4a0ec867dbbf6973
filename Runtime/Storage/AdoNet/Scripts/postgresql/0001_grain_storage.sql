-- Grain state rows shaped like Orleans' ADO.NET storage: grain type, grain key, state name, a version used as the
-- ETag, the serialized payload (NULL after a clear) and the time of the last change.
CREATE TABLE IF NOT EXISTS grain_storage (
    service_id  text        NOT NULL,
    grain_type  text        NOT NULL,
    grain_key   text        NOT NULL,
    state_name  text        NOT NULL,
    version     bigint      NOT NULL,
    payload     bytea       NULL,
    modified_on timestamptz NOT NULL,
    PRIMARY KEY (service_id, grain_type, grain_key, state_name)
);
