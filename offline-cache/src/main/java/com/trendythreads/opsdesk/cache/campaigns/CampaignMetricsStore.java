package com.trendythreads.opsdesk.cache.campaigns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignMetrics;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/// The platform's campaign metrics as last fetched (table `campaign_metrics`, V11), for the results view
/// offline. Blocking: call from background work.
public final class CampaignMetricsStore {

    private static final ObjectMapper JSON = Json.mapper();

    private final CacheDatabase db;

    public CampaignMetricsStore(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /// What was fetched last, with when.
    public record Fetched(CampaignMetrics metrics, Instant fetchedAt) {
    }

    public void put(CampaignMetrics m, Instant fetchedAt) {
        String doc;
        try {
            doc = JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write campaign metrics", e);
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(fetchedAt, ZoneOffset.UTC);
        db.write(tx -> tx.handle().createUpdate("MERGE INTO campaign_metrics (campaign_id, doc, fetched_at) KEY (campaign_id)"
                        + " VALUES (:id, :doc, :at)")
                .bind("id", m.campaignId()).bind("doc", doc).bind("at", at).execute());
    }

    public Optional<Fetched> get(String campaignId) {
        return db.read(h -> h.createQuery("SELECT doc, fetched_at FROM campaign_metrics WHERE campaign_id = :id")
                .bind("id", campaignId)
                .map((rs, ctx) -> new Fetched(read(rs.getString(1)),
                        rs.getObject(2, OffsetDateTime.class).toInstant()))
                .findOne());
    }

    private static CampaignMetrics read(String doc) {
        try {
            return JSON.readValue(doc, CampaignMetrics.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt campaign metrics", e);
        }
    }
}
