package com.trendythreads.opsdesk.viewmodels.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.campaigns.Segment;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The segment builder over the hand-built cache of [SegmentsDesk] (table there).
class SegmentBuilderViewModelTest {

    private SegmentsDesk desk;
    private SegmentBuilderViewModel vm;

    @BeforeEach
    void open(@TempDir Path dir) {
        desk = new SegmentsDesk(dir);
        vm = desk.builder();
        vm.activate();
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    @Test
    void everyoneAndTheQuintileBoundaries() {
        assertThat(vm.sizeProperty().get()).isEqualTo(5);
        assertThat(vm.reachableProperty().get()).as("a, c, e consented to e-mail").isEqualTo(3);
        assertThat(vm.summaryProperty().get()).isEqualTo("5 customers \u00b7 3 reachable by e-mail");
        assertThat(vm.ruleTextProperty().get()).isEqualTo("all customers");
        // Scored: a (5 d, 1 order, 50.00), b (10 d, 2, 30.00 + 30.00), c (20 d, 2, 40.00 + 20.00); e's only order
        // is cancelled. n = 3: positions ⌊3k/5⌋ = 0, 1, 1, 2 of the sorted values.
        assertThat(vm.boundaries()).extracting(r -> List.of(r.b1(), r.b2(), r.b3(), r.b4())).containsExactly(
                List.of("5 d", "10 d", "10 d", "20 d"),
                List.of("1", "2", "2", "2"),
                List.of("\u20ac50.00", "\u20ac60.00", "\u20ac60.00", "\u20ac60.00"));
        assertThat(vm.categories()).extracting(SegmentBuilderViewModel.CategoryItem::name)
                .as("by path: names may repeat under different parents")
                .containsExactly("Any category", "Men", "Men \u203a Shirts", "Women", "Women \u203a Dresses", "Women \u203a Tops");
        // Units: tops 1 (o6) + 2 (c) = 3, shirts 1 + 1 (b) + 1 (c) = 3, dresses 1 (a) + 1 (o6) = 2; ties by id.
        assertThat(vm.topCategories()).extracting(r -> r.name() + " " + r.units())
                .containsExactly("Men \u203a Shirts 3", "Women \u203a Tops 3", "Women \u203a Dresses 2");
    }

    @Test
    void theSizeFollowsEveryRuleChange() {
        vm.tierProperty(LoyaltyTier.GOLD).set(true);
        assertThat(vm.sizeProperty().get()).as("a, c").isEqualTo(2);
        assertThat(vm.reachableProperty().get()).isEqualTo(2);
        vm.channelProperty().set(CampaignChannel.PUSH);
        assertThat(vm.reachableProperty().get()).as("only c consented to push (sms)").isEqualTo(1);
        assertThat(vm.summaryProperty().get()).isEqualTo("2 customers \u00b7 1 reachable by push");

        vm.tierProperty(LoyaltyTier.GOLD).set(false);
        vm.categoryProperty().set(vm.categories().stream().filter(c -> "Women".equals(c.name())).findFirst()
                .orElseThrow());
        assertThat(vm.sizeProperty().get()).as("a, b, c bought below Women; e's dress was cancelled").isEqualTo(3);
        vm.withinDaysProperty().set("15");
        assertThat(vm.sizeProperty().get()).as("a 5 d, b 10 d").isEqualTo(2);
        assertThat(vm.ruleTextProperty().get()).isEqualTo("category women AND last order <= 15 d");
        vm.consentProperty().set(CampaignChannel.EMAIL);
        assertThat(vm.sizeProperty().get()).as("b has no e-mail consent").isEqualTo(1);

        vm.consentProperty().set(null);
        vm.withinDaysProperty().set("");
        vm.categoryProperty().set(vm.categories().getFirst());
        vm.minFrequencyProperty().set(5);
        assertThat(vm.sizeProperty().get()).as("F5: b and c with 2 orders").isEqualTo(2);
    }

    @Test
    void aBadDayCountIsNamedAndBlocksThePush() {
        vm.nameProperty().set("Winback");
        assertThat(vm.pushCommand().isExecutable()).isTrue();
        vm.withinDaysProperty().set("-3");
        assertThat(vm.withinDaysErrorProperty().get()).startsWith("Last order within (days)");
        assertThat(vm.pushCommand().isExecutable()).isFalse();
        vm.withinDaysProperty().set("30");
        assertThat(vm.withinDaysErrorProperty().get()).isEmpty();
        assertThat(vm.pushCommand().isExecutable()).isTrue();
        vm.nameProperty().set("  ");
        assertThat(vm.pushCommand().isExecutable()).as("a name is needed").isFalse();
    }

    @Test
    void thePushQueuesOnlyTheReachableMembers() {
        vm.tierProperty(LoyaltyTier.GOLD).set(true);
        vm.tierProperty(LoyaltyTier.PLATINUM).set(true);
        assertThat(vm.sizeProperty().get()).as("a, c, d").isEqualTo(3);
        vm.nameProperty().set("Gold and up");
        vm.pushCommand().execute();

        List<JsonNode> queued = desk.outbox();
        assertThat(queued).hasSize(1);
        List<String> ids = new ArrayList<>();
        queued.getFirst().path("customerIds").forEach(n -> ids.add(n.asText()));
        assertThat(ids).as("d has not consented to e-mail").containsExactly("a", "c");
        assertThat(queued.getFirst().path("rule").asText()).isEqualTo("tier in [GOLD, PLATINUM]");
        assertThat(desk.notifier.infos).containsExactly(
                "Segment \u201cGold and up\u201d queued for the platform with 2 reachable customers");
        assertThat(new com.trendythreads.opsdesk.cache.segments.Segments(desk.db, desk.data.edits(), desk.clock).list())
                .extracting(Segment::name, Segment::customerCount).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Gold and up", 2));
    }

    @Test
    void aNewCachedCustomerChangesTheSizeWhileShown() {
        vm.tierProperty(LoyaltyTier.GOLD).set(true);
        assertThat(vm.sizeProperty().get()).isEqualTo(2);
        desk.put(ResourceType.CUSTOMER, List.of(SegmentsDesk.customer("f", LoyaltyTier.GOLD, true, false, false)));
        await().atMost(Duration.ofSeconds(5)).until(() -> vm.sizeProperty().get() == 3);
        assertThat(vm.reachableProperty().get()).isEqualTo(3);

        vm.deactivate();
        desk.put(ResourceType.CUSTOMER, List.of(SegmentsDesk.customer("g", LoyaltyTier.GOLD, true, false, false)));
        assertThat(vm.sizeProperty().get()).as("not followed once closed").isEqualTo(3);
    }

    @Test
    void aRoleWithoutCreateSegmentLooksButCannotPush() {
        desk.mayPush = false;
        SegmentBuilderViewModel manager = desk.builder();
        manager.activate();
        try {
            manager.nameProperty().set("Winback");
            assertThat(manager.sizeProperty().get()).as("the builder works for looking").isEqualTo(5);
            assertThat(manager.pushCommand().isExecutable()).isFalse();
        } finally {
            manager.deactivate();
        }
    }
}
