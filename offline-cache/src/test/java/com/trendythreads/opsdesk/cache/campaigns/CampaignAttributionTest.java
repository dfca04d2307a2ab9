package com.trendythreads.opsdesk.cache.campaigns;

import static com.trendythreads.opsdesk.cache.campaigns.CampaignCache.campaign;
import static com.trendythreads.opsdesk.cache.campaigns.CampaignCache.code;
import static com.trendythreads.opsdesk.cache.campaigns.CampaignCache.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.cache.repo.CampaignRepository;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignAttributionTest {

    @TempDir
    Path dir;

    @Test
    void ordersCountByAttributionIdOrByTheCampaignsCodesOnceAndAtTheirNetSales() {
        try (CampaignCache cache = new CampaignCache(dir)) {
            // cmp_1 lists SPRING10; SPRING20 names cmp_1 itself; OTHER5 belongs to another campaign.
            cache.put(ResourceType.CAMPAIGN, campaign("cmp_1", "att_1", "SPRING10"), campaign("cmp_2", "att_2", "OTHER5"));
            cache.put(ResourceType.PROMO_CODE, code("SPRING10", "cmp_1"), code("SPRING20", "cmp_1"),
                    code("OTHER5", "cmp_2"), code("SPRING100", null));
            cache.put(ResourceType.ORDER,
                    // by attribution id only: 2 × 10.00 = 20.00 net, no code
                    order("o1", "PAID", "att_1", List.of(), List.of("l1:2:1000:0"), List.of()),
                    // by code only: 1 × 50.00 − 5.00 discount = 45.00, one redemption
                    order("o2", "SHIPPED", null, List.of("SPRING10"), List.of("l1:1:5000:500"), List.of()),
                    // both ways (counted once): 30.00 − 10.00 refunded on l1 + 20.00 = 40.00, two redemptions
                    order("o3", "DELIVERED", "att_1", List.of("SPRING10", "SPRING20"),
                            List.of("l1:1:3000:0", "l2:1:2000:0"), List.of("l1:1000")),
                    // cancelled: never counts
                    order("o4", "CANCELLED", "att_1", List.of("SPRING10"), List.of("l1:1:9900:0"), List.of()),
                    // another campaign's id and code
                    order("o5", "PAID", "att_2", List.of("OTHER5"), List.of("l1:1:7000:0"), List.of()),
                    // a code that merely starts like one of ours
                    order("o6", "PAID", null, List.of("SPRING100"), List.of("l1:1:8000:0"), List.of()));

            CampaignRepository repo = new CampaignRepository(cache.db);
            CampaignAttribution attribution = new CampaignAttribution(cache.db, repo);
            CampaignAttribution.Attributed a = attribution.of(repo.get("cmp_1").orElseThrow());

            assertThat(attribution.codesOf(repo.get("cmp_1").orElseThrow())).containsExactlyInAnyOrder("SPRING10", "SPRING20");
            assertThat(a.orderIds()).containsExactly("o1", "o2", "o3");
            assertThat(a.orders()).isEqualTo(3);
            assertThat(a.revenueCents()).isEqualTo(2000 + 4500 + 4000); // 105.00
            assertThat(a.redemptions()).isEqualTo(0 + 1 + 2);
            assertThat(a.byCodeOnly()).isEqualTo(1); // o2: the platform's figure leaves it out

            CampaignAttribution.Attributed other = attribution.of(repo.get("cmp_2").orElseThrow());
            assertThat(other.orderIds()).containsExactly("o5");
            assertThat(other.revenueCents()).isEqualTo(7000);
            assertThat(other.redemptions()).isEqualTo(1);
        }
    }

    @Test
    void aNewOrderWithTheCampaignsCodeIsCountedOnTheNextLook() {
        try (CampaignCache cache = new CampaignCache(dir)) {
            cache.put(ResourceType.CAMPAIGN, campaign("cmp_1", "att_1", "SPRING10"));
            CampaignRepository repo = new CampaignRepository(cache.db);
            CampaignAttribution attribution = new CampaignAttribution(cache.db, repo);
            assertThat(attribution.of(repo.get("cmp_1").orElseThrow()).orders()).isZero();

            cache.put(ResourceType.ORDER, order("o9", "PLACED", null, List.of("SPRING10"), List.of("l1:3:1500:0"),
                    List.of()));

            CampaignAttribution.Attributed a = attribution.of(repo.get("cmp_1").orElseThrow());
            assertThat(a.redemptions()).isEqualTo(1);
            assertThat(a.revenueCents()).isEqualTo(4500); // 3 × 15.00
        }
    }
}
