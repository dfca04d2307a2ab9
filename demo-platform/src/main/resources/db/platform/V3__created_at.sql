-- createdAt of tickets and pick lists as columns, for the lists' `from` filter (createdAt >= from) that
-- keeps an offline cache to the last N days. Nullable here so a database seeded before this migration
-- can be filled from each row's doc by V4 (a Java migration), which then makes them NOT NULL.
-- Runs on H2 2.x and PostgreSQL.
ALTER TABLE tickets ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE pick_lists ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX tickets_created ON tickets (created_at);
CREATE INDEX pick_lists_created ON pick_lists (created_at);
