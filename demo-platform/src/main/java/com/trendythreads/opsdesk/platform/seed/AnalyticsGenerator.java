package com.trendythreads.opsdesk.platform.seed;

import com.trendythreads.opsdesk.platform.seed.FashionSeeder.SeedRun;
import com.trendythreads.opsdesk.platform.seed.SeedModel.Leaf;
import java.time.LocalDate;
import java.util.SplittableRandom;

/// Daily traffic per channel (conversions are the orders of that day and channel) and the external
/// context per leaf category: a weather index, a competitor price index and a social sentiment.
final class AnalyticsGenerator {
    private static final double[] CONVERSION_RATE = {0.022, 0.035, 0.06, 0.25}; // WEB, APP, MARKETPLACE, STORE

    private final SeedRun run;

    AnalyticsGenerator(SeedRun run) {
        this.run = run;
    }

    void generate() {
        traffic();
        externalContext();
    }

    private void traffic() {
        SplittableRandom r = new SplittableRandom(8_000);
        OrderGenerator orders = run.orders;
        try (SeedRows rows = run.rows("traffic_daily", "sale_day", "channel", "sessions", "conversions")) {
            for (int d = 0; d < OrderGenerator.DAYS; d++) {
                LocalDate day = orders.firstDay.plusDays(d);
                for (int ch = 0; ch < OrderGenerator.CHANNELS.length; ch++) {
                    long conv = orders.conversions[d][ch];
                    double rate = CONVERSION_RATE[ch] * (0.85 + r.nextDouble() * 0.3);
                    long sessions = Math.max(conv, Math.round((conv + 0.5) / rate));
                    rows.add(day, OrderGenerator.CHANNELS[ch].name(), sessions, conv);
                }
            }
        }
    }

    private void externalContext() {
        LocalDate today = LocalDate.ofInstant(run.now, FashionSeeder.ZONE);
        LocalDate from = today.minusDays(400);
        LocalDate to = today.plusDays(30);
        try (SeedRows rows = run.rows("external_context", "context_day", "category_id", "weather_index",
                "competitor_price_index", "sentiment_score")) {
            for (Leaf leaf : run.leaves) {
                SplittableRandom r = new SplittableRandom(9_000 + leaf.index());
                // Warm-weather categories peak in summer, cold-weather ones in winter.
                double phase = switch (leaf.type().code()) {
                    case "jackets", "knitwear" -> -1.0;
                    case "dresses", "skirts", "tops", "tshirts" -> 1.0;
                    default -> 0.3;
                };
                double weatherNoise = 0;
                double competitor = 100;
                double sentiment = 0;
                boolean hasSentiment = leaf.index() % 3 != 2;
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    double season = Math.sin(2 * Math.PI * (d.getDayOfYear() - 105) / 365.0);
                    weatherNoise = 0.8 * weatherNoise + r.nextGaussian() * 3;
                    double weather = round2(100 + phase * 15 * season + weatherNoise);
                    competitor = Math.max(90, Math.min(110, competitor + r.nextGaussian() * 0.6 + (100 - competitor) * 0.03));
                    sentiment = Math.max(-1, Math.min(1, 0.9 * sentiment + r.nextGaussian() * 0.12 + 0.02));
                    Object s = hasSentiment && r.nextDouble() < 0.8 ? (Object) round2(sentiment) : SeedRows.NULL_DOUBLE;
                    rows.add(d, leaf.id(), weather, round2(competitor), s);
                }
            }
        }
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
