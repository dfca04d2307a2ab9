-- The write path and the sync engine's bookkeeping. Every row here is written in the same H2
-- transaction as the resource rows it concerns, so a kill at any point leaves them consistent.

-- Local edits waiting to reach the platform, in the order the user made them.
CREATE TABLE outbox (
    seq             BIGINT AUTO_INCREMENT PRIMARY KEY,
    resource        VARCHAR(40)   NOT NULL,
    entity_id       VARCHAR(200)  NOT NULL,   -- a local id (local-…) until a create is acknowledged
    kind            VARCHAR(12)   NOT NULL,   -- CREATE, UPDATE, ACTION, DELETE, ADJUST
    method          VARCHAR(8)    NOT NULL,
    path            VARCHAR(500)  NOT NULL,   -- {id} is replaced by the entity's id when sent
    payload         CHARACTER LARGE OBJECT,   -- the JSON body as sent
    local_patch     CHARACTER LARGE OBJECT,   -- how the edit shows locally until acknowledged
    idempotency_key VARCHAR(64)   NOT NULL,
    if_match        BOOLEAN       NOT NULL,   -- send If-Match with the base version
    status          VARCHAR(10)   NOT NULL,   -- PENDING, FAILED, CONFLICT
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_status     INT,
    last_error      CHARACTER LARGE OBJECT,
    description     VARCHAR(500)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outbox_key UNIQUE (idempotency_key)
);
CREATE INDEX outbox_entity ON outbox (resource, entity_id, seq);
CREATE INDEX outbox_status ON outbox (status, next_attempt_at);

-- Per entity with edits in the outbox: the platform's state they were made against (base: its
-- version is the If-Match of the next push, its document the "base" of a three-way merge) and
-- the platform's newest known state (server: what the local view folds the edits onto). Deltas
-- move only the server side; only an acknowledged push moves the base, so a change made by
-- someone else meanwhile surfaces as a 412 instead of being overwritten.
CREATE TABLE entity_base (
    resource       VARCHAR(40)  NOT NULL,
    entity_id      VARCHAR(200) NOT NULL,
    base_version   BIGINT,
    base_doc       CHARACTER LARGE OBJECT,
    server_version BIGINT,
    server_doc     CHARACTER LARGE OBJECT,
    PRIMARY KEY (resource, entity_id)
);

-- An edit the platform refused because the entity changed meanwhile, waiting for the user.
CREATE TABLE conflict (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    outbox_seq     BIGINT        NOT NULL,
    resource       VARCHAR(40)   NOT NULL,
    entity_id      VARCHAR(200)  NOT NULL,
    kind           VARCHAR(10)   NOT NULL,   -- FIELDS (412, per-field choice) or STATE (409)
    base_doc       CHARACTER LARGE OBJECT,
    mine           CHARACTER LARGE OBJECT,   -- the edit's patch
    theirs_doc     CHARACTER LARGE OBJECT,
    theirs_version BIGINT,
    auto_patch     CHARACTER LARGE OBJECT,   -- what of mine merges cleanly
    fields         CHARACTER LARGE OBJECT,   -- JSON array of {path, base, mine, theirs}
    reason         VARCHAR(2000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT conflict_entry UNIQUE (outbox_seq)
);

-- Creates made offline get a local id; once the platform assigns one, later edits follow it.
CREATE TABLE id_map (
    resource  VARCHAR(40)  NOT NULL,
    local_id  VARCHAR(200) NOT NULL,
    server_id VARCHAR(200) NOT NULL,
    PRIMARY KEY (resource, local_id)
);

-- Key/value state: the change token applied last, the working-set cut-off, …
CREATE TABLE sync_state (
    name  VARCHAR(100) PRIMARY KEY,
    val   VARCHAR(2000)
);

-- Initial sync per resource, so that a cancelled or killed pull resumes at its cursor.
CREATE TABLE initial_sync (
    resource     VARCHAR(40) PRIMARY KEY,
    start_token  VARCHAR(100),
    next_cursor  VARCHAR(500),
    done         BOOLEAN NOT NULL DEFAULT FALSE,
    items        BIGINT  NOT NULL DEFAULT 0,
    total        BIGINT
);

-- What the sync engine did, newest last, for the sync & conflicts workspace.
CREATE TABLE sync_history (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(20)  NOT NULL,  -- INITIAL, DELTA, LIVE, PUSH, CONFLICT, FAILED, MERGED
    detail      VARCHAR(2000) NOT NULL,
    items       BIGINT
);
CREATE INDEX sync_history_at ON sync_history (at);
