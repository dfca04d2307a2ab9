package com.trendythreads.opsdesk.cache.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.analytics.ExternalContextReport;
import com.trendythreads.opsdesk.api.dto.analytics.ExternalContextRow;
import com.trendythreads.opsdesk.api.service.AnalyticsApi;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The platform's external context (`getExternalContext`: weather, competitor price index and sentiment per
/// category and day) for the last [#DAYS] days, cached in `kpi_reports` (kind `EXTERNAL_CONTEXT`, the last
/// fetch only) so pricing shows it offline too.
public final class MarketContext {

    /// Days averaged per category.
    public static final int DAYS = 14;
    static final String KIND = "EXTERNAL_CONTEXT";

    /// A category's means over the days. `sentiment` is null where the platform has none.
    public record Context(double weatherIndex, double competitorIndex, Double sentiment) {
    }

    /// The means per category and when they were fetched (`fetchedAt` null: never).
    public record Snapshot(Map<String, Context> byCategory, Instant fetchedAt, boolean fresh) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(MarketContext.class);
    private static final ObjectMapper JSON = Json.mapper();

    private MarketContext() {
    }

    /// Fetches the days before `today` from the platform (when `api` is given and answers) and stores them;
    /// else reads what was stored last. Blocking.
    public static Snapshot load(CacheDatabase db, Supplier<AnalyticsApi> api, LocalDate today, Instant now) {
        Objects.requireNonNull(db, "db");
        LocalDate from = today.minusDays(DAYS);
        LocalDate to = today.minusDays(1);
        if (api != null) {
            try {
                ExternalContextReport report = api.get().getExternalContext(from, to, null);
                String doc = JSON.writeValueAsString(report);
                db.write(tx -> {
                    tx.handle().createUpdate("DELETE FROM kpi_reports WHERE kind = :kind").bind("kind", KIND).execute();
                    return tx.handle().createUpdate("""
                                    INSERT INTO kpi_reports (kind, from_day, to_day, group_by, fetched_at, doc)
                                    VALUES (:kind, :from, :to, '', :at, :doc)""")
                            .bind("kind", KIND).bind("from", from).bind("to", to)
                            .bind("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).bind("doc", doc).execute();
                });
                return new Snapshot(means(report), now, true);
            } catch (RuntimeException | JsonProcessingException e) { // offline, refused or unreadable: use the stored one
                LOG.info("External context not fetched ({}); using the stored one if any", e.getMessage());
            }
        }
        Optional<Snapshot> stored = db.read(h -> h.createQuery(
                        "SELECT doc, fetched_at FROM kpi_reports WHERE kind = :kind ORDER BY fetched_at DESC LIMIT 1")
                .bind("kind", KIND)
                .map((rs, ctx) -> new Snapshot(means(parse(rs.getString(1))),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), false))
                .findOne());
        return stored.orElse(new Snapshot(Map.of(), null, false));
    }

    /// Means per category of a report's rows.
    static Map<String, Context> means(ExternalContextReport report) {
        Map<String, double[]> sums = new HashMap<>(); // weather, competitor, n, sentiment, sentiment n
        for (ExternalContextRow r : report.rows()) {
            double[] s = sums.computeIfAbsent(r.categoryId(), k -> new double[5]);
            s[0] += r.weatherIndex();
            s[1] += r.competitorPriceIndex();
            s[2]++;
            if (r.sentimentScore() != null) {
                s[3] += r.sentimentScore();
                s[4]++;
            }
        }
        Map<String, Context> out = new HashMap<>();
        sums.forEach((c, s) -> out.put(c, new Context(s[0] / s[2], s[1] / s[2], s[4] == 0 ? null : s[3] / s[4])));
        return out;
    }

    private static ExternalContextReport parse(String doc) {
        try {
            return JSON.readValue(doc, ExternalContextReport.class);
        } catch (JsonProcessingException e) {
            throw new CacheException("A stored external context cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
