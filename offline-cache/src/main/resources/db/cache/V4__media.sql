-- Product images on the desk (issue #5, the product editor). In the same encrypted store as
-- everything else, so images are encrypted at rest too.

-- An image added offline: its bytes wait here, beside the outbox entry (kind UPLOAD) that sends
-- them as multipart with the entry's idempotency key. Removing the entry (acknowledged or
-- discarded) removes the bytes with it.
CREATE TABLE media_upload (
    outbox_seq     BIGINT        PRIMARY KEY,
    media_id       VARCHAR(200)  NOT NULL,   -- local-media-… until the platform names the image
    file_name      VARCHAR(300)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    bytes          BINARY LARGE OBJECT NOT NULL,
    CONSTRAINT media_upload_entry FOREIGN KEY (outbox_seq) REFERENCES outbox (seq) ON DELETE CASCADE
);
CREATE UNIQUE INDEX media_upload_media ON media_upload (media_id);

-- Image bytes fetched from GET /v1/media/{id}/content once; an id's bytes never change.
CREATE TABLE media_content (
    media_id      VARCHAR(200) PRIMARY KEY,
    content_type  VARCHAR(100),
    bytes         BINARY LARGE OBJECT NOT NULL,
    fetched_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Which entity a history line is about, so a screen can show one product's history.
ALTER TABLE sync_history ADD COLUMN resource VARCHAR(40);
ALTER TABLE sync_history ADD COLUMN entity_id VARCHAR(200);
CREATE INDEX sync_history_entity ON sync_history (resource, entity_id, id);
