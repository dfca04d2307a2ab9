-- Catalog jobs: a bulk change or an import is one job, and can be undone as a whole later.
-- Each product's edit (its row + outbox entry) and its job item commit in one transaction, and the
-- job's done count moves with them, so after a kill the job says how far it got and the applied
-- part is consistent.

CREATE TABLE catalog_job (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(10)  NOT NULL,   -- BULK, IMPORT, UNDO
    description      VARCHAR(500) NOT NULL,
    username         VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    state            VARCHAR(12)  NOT NULL,   -- RUNNING, DONE, CANCELLED, FAILED (RUNNING after a restart: interrupted)
    total_products   INT          NOT NULL,
    done_products    INT          NOT NULL DEFAULT 0,   -- products handled so far (committed)
    changed_products INT          NOT NULL DEFAULT 0,   -- of those, products that got an edit
    changed_fields   INT          NOT NULL DEFAULT 0,
    kept_fields      INT          NOT NULL DEFAULT 0,   -- fields left alone: changed by someone since
    undo_of          BIGINT,                            -- for an UNDO: the job it undid
    undone_by        BIGINT                             -- the UNDO job that undid this one
);
CREATE INDEX catalog_job_created ON catalog_job (created_at);

-- Per product a job handled: the fields it changed (before and after; variant fields per SKU), the
-- outbox entry of that edit, and the fields it did not overwrite.
CREATE TABLE catalog_job_item (
    job_id     BIGINT       NOT NULL,
    product_id VARCHAR(200) NOT NULL,
    title      VARCHAR(500),
    outbox_seq BIGINT,                       -- NULL when nothing of this product changed
    changes    CHARACTER LARGE OBJECT NOT NULL,   -- JSON [{field, before, after}]
    kept       CHARACTER LARGE OBJECT,            -- JSON [{field, expected, current}]
    PRIMARY KEY (job_id, product_id)
);
