-- The platform's aggregate reports the dashboard last fetched (daily sales, traffic), so offline it still
-- shows the figures it last had for periods the local orders do not cover (KpiValue.Source.PLATFORM_CACHED).
-- One row per request: kind (DAILY_SALES, TRAFFIC), the UTC days asked for, the groupBy dimensions
-- (comma-separated, '' for none), when it was fetched, and the report's JSON as the platform sent it.
CREATE TABLE kpi_reports (
    kind       VARCHAR NOT NULL,
    from_day   DATE    NOT NULL,
    to_day     DATE    NOT NULL,
    group_by   VARCHAR NOT NULL,
    fetched_at TIMESTAMP WITH TIME ZONE NOT NULL,
    doc        VARCHAR NOT NULL,
    PRIMARY KEY (kind, group_by, from_day, to_day)
);
