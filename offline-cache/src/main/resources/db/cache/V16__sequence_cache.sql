-- H2 hands out identity values from a cache of 32 and records the next block when it runs out, in a
-- commit of its own. With WRITE_DELAY=0 that commit writes an encrypted chunk: the acknowledgement of
-- 10,000 edits spent a quarter of its time there (one sync-history line per edit). A block of 10,000
-- makes it rare. A crash skips the rest of a block; nothing depends on these ids having no gaps, only
-- on their order, which stays.
ALTER TABLE outbox ALTER COLUMN seq SET CACHE 10000;
ALTER TABLE sync_history ALTER COLUMN id SET CACHE 10000;
ALTER TABLE conflict ALTER COLUMN id SET CACHE 10000;
