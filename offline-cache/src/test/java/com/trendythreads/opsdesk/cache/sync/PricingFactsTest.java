package com.trendythreads.opsdesk.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.api.service.AnalyticsApi;
import com.trendythreads.opsdesk.cache.pricing.Elasticity;
import com.trendythreads.opsdesk.cache.pricing.MarketContext;
import com.trendythreads.opsdesk.cache.pricing.PriceSuggestions;
import com.trendythreads.opsdesk.cache.pricing.PricingFacts;
import com.trendythreads.opsdesk.cache.pricing.PricingThresholds;
import com.trendythreads.opsdesk.cache.pricing.StyleFacts;
import com.trendythreads.opsdesk.cache.pricing.Suggestion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/// Pricing facts from a desk synced from the TINY demo platform: the seed's past markdowns (every third
/// style, demand ∝ price^−2) give the pooled log-log estimate a real −2 to find; the external context is
/// fetched, cached and read back offline.
class PricingFactsTest extends PlatformTest {

    @Test
    void theSeededPriceResponseIsFoundAndTheExternalContextIsCached() {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "mia.merch");
        assertThat(desk.engine().initialSync()).isTrue();
        LocalDate today = LocalDate.now(SalesCalendar.ZONE);

        MarketContext.Snapshot online = MarketContext.load(desk.db(), () -> desk.engine().service(AnalyticsApi.class),
                today, Instant.now());
        assertThat(online.fresh()).isTrue();
        assertThat(online.byCategory()).isNotEmpty();
        MarketContext.Snapshot offline = MarketContext.load(desk.db(), null, today, Instant.now());
        assertThat(offline.fresh()).isFalse();
        assertThat(offline.byCategory()).isEqualTo(online.byCategory());

        List<StyleFacts> styles = PricingFacts.load(desk.db(), today, SalesCalendar.ZONE, PricingThresholds.defaults(),
                offline.byCategory());
        assertThat(styles).isNotEmpty();
        assertThat(styles).anySatisfy(f -> assertThat(f.competitorIndex()).isNotNull());
        List<Elasticity.Point> all = new ArrayList<>();
        styles.forEach(f -> all.addAll(f.weeks()));
        Elasticity.Estimate pooled = Elasticity.estimate(List.of(), all, -1.5);
        System.out.printf("pooled elasticity %.3f ± %.3f [%.3f, %.3f] over %d weeks of %d styles%n", pooled.value(),
                pooled.stdError(), pooled.low(), pooled.high(), pooled.points(), styles.size());
        assertThat(pooled.source()).isEqualTo(Elasticity.Source.CATEGORY);
        assertThat(pooled.low()).isLessThan(-2.0);
        assertThat(pooled.high()).isGreaterThan(-2.0);

        List<Suggestion> suggestions = PriceSuggestions.of(styles, PricingThresholds.defaults());
        Map<String, Long> kinds = suggestions.stream().collect(Collectors.groupingBy(s -> s.kind() + "/" + s.elasticity().source(),
                Collectors.counting()));
        System.out.println("suggestions " + kinds);
        assertThat(suggestions).anySatisfy(s -> assertThat(s.kind()).isEqualTo(Suggestion.Kind.MARK_DOWN));
        assertThat(suggestions).anySatisfy(s -> assertThat(s.elasticity().source()).isNotEqualTo(Elasticity.Source.ASSUMED));
        desk.close();
    }
}
