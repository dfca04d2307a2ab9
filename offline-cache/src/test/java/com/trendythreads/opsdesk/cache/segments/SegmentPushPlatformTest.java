package com.trendythreads.opsdesk.cache.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.campaigns.Segment;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.cache.sync.TestPlatform;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A segment built on mark.marketing's desk from the real cache (demo platform, TINY) and pushed as a campaign
/// audience: queued offline, shown at once, and it arrives once with the right member count although the first
/// answer is lost and the retry meets a 503.
class SegmentPushPlatformTest {

    @Test
    void aPushedSegmentArrivesOnceWithItsMemberCount(@TempDir Path tmp) {
        try (TestPlatform platform = TestPlatform.start(tmp.resolve("platform"))) {
            TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "mark.marketing");
            assertThat(desk.engine().initialSync()).isTrue();
            Segments segments = new Segments(desk.db(), desk.engine().edits(), Clock.systemUTC());
            SegmentFacts facts = segments.facts();
            assertThat(facts.customerCount()).as("customers are cached for marketing").isPositive();
            assertThat(facts.rfm().scores()).as("orders are cached for marketing").isNotEmpty();

            SegmentRule rule = new SegmentRule(Set.of(LoyaltyTier.GOLD, LoyaltyTier.PLATINUM, LoyaltyTier.SILVER),
                    CampaignChannel.EMAIL, null, null, 0, 0, 0);
            List<String> members = facts.evaluate(rule, CampaignChannel.EMAIL).memberIds();
            assertThat(members).isNotEmpty();
            List<String> withDuplicate = new ArrayList<>(members);
            withDuplicate.add(members.getFirst());
            PlatformClient truth = platform.client("ada.admin");
            int before = TestPlatform.all(truth, "v1/segments", Map.of()).size();

            platform.stop();
            String localId;
            try {
                localId = segments.push("Loyal e-mail subscribers", "Silver and up, e-mail consent", rule, withDuplicate);
                Segment shown = segments.list().stream().filter(s -> s.id().equals(localId)).findFirst().orElseThrow();
                assertThat(shown.customerCount()).as("shows at once, duplicates once").isEqualTo(members.size());
                desk.engine().pushDue();
                assertThat(desk.engine().outbox().entries()).as("offline: still queued").hasSize(1);
            } finally {
                platform.restart();
            }
            // The platform stores the first POST but its answer is lost; the retry meets a 503; the next one is
            // answered from the idempotency key.
            platform.platform().faults().set(new FaultConfig(0, 0, 503, 0, 0, 0,
                    new FaultConfig.FailNext(1, 503, "/v1/segments"), null,
                    new FaultConfig.DropNext(1, "/v1/segments"), 1L));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                desk.engine().pushDue();
                return desk.engine().outbox().entries().isEmpty();
            });
            platform.platform().faults().reset();

            List<JsonNode> there = TestPlatform.all(truth, "v1/segments", Map.of()).stream()
                    .filter(s -> s.path("name").asText().equals("Loyal e-mail subscribers")).toList();
            assertThat(there).as("arrives once").hasSize(1);
            assertThat(TestPlatform.all(truth, "v1/segments", Map.of())).hasSize(before + 1);
            assertThat(there.getFirst().path("customerCount").asInt()).isEqualTo(members.size());
            assertThat(there.getFirst().path("rule").asText())
                    .isEqualTo("tier in [SILVER, GOLD, PLATINUM] AND consent EMAIL");

            desk.engine().catchUp();
            assertThat(segments.list()).extracting(Segment::id).as("the local id followed the platform's")
                    .contains(there.getFirst().path("id").asText()).doesNotContain(localId);
        }
    }
}
