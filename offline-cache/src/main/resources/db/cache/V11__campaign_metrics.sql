-- The platform's delivery and revenue figures of a campaign (GET v1/campaigns/{id}/metrics) as last
-- fetched, so the results view shows them offline with the time they were fetched. One row per campaign,
-- replaced by every fetch; doc is the CampaignMetrics JSON as the platform sent it.
CREATE TABLE campaign_metrics (
    campaign_id VARCHAR NOT NULL PRIMARY KEY,
    doc         VARCHAR NOT NULL,
    fetched_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
