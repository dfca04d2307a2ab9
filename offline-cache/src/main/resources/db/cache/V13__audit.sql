-- Lane audit (issue #10). Security alerts from the change feed (resource `alert`, MANAGER and ADMIN only),
-- and the audit log's last online answer per filter, shown offline "as of" its fetch time.
CREATE TABLE alerts (
    id               VARCHAR PRIMARY KEY,
    version          BIGINT  NOT NULL,
    doc              VARCHAR NOT NULL,
    kind             VARCHAR,
    severity         VARCHAR,
    raised_at        TIMESTAMP WITH TIME ZONE,
    subject_username VARCHAR,
    acknowledged_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX alerts_raised ON alerts (raised_at);

-- One row per query (the filters as a key): the page of events as the platform sent it.
CREATE TABLE audit_log_snapshot (
    query_key  VARCHAR(1000) NOT NULL PRIMARY KEY,
    doc        VARCHAR NOT NULL,
    fetched_at TIMESTAMP WITH TIME ZONE NOT NULL
);
