-- The data-quality rules' violation counts of one shop day (Europe/Berlin), for the governance workspace's
-- trend: one row per day and rule, replaced by every check of that day (the day's last check is its figure).
-- Counts only, no record ids or customer data.
CREATE TABLE governance_snapshot (
    shop_day   DATE    NOT NULL,
    rule       VARCHAR NOT NULL,
    violations INTEGER NOT NULL,
    checked    INTEGER NOT NULL,
    taken_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (shop_day, rule)
);
