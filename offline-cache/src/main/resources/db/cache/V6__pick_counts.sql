-- Units a picker has scanned of a pick line that needs several, before the line is complete and confirmed
-- through the outbox: kept in the cache so a crash, a restart or leaving the pick screen does not lose
-- what was already counted off the shelf. A row goes when its line is confirmed or short-picked.
CREATE TABLE pick_count (
    pick_list_id VARCHAR NOT NULL,
    line_id      VARCHAR NOT NULL,
    units        INTEGER NOT NULL,
    counted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (pick_list_id, line_id)
);
