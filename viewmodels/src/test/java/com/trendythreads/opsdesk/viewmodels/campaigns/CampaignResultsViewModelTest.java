package com.trendythreads.opsdesk.viewmodels.campaigns;

import static com.trendythreads.opsdesk.viewmodels.campaigns.HandBuiltCampaigns.campaign;
import static com.trendythreads.opsdesk.viewmodels.campaigns.HandBuiltCampaigns.code;
import static com.trendythreads.opsdesk.viewmodels.campaigns.HandBuiltCampaigns.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.campaigns.CampaignMetrics;
import com.trendythreads.opsdesk.cache.campaigns.CampaignMetricsStore;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignResultsViewModelTest {

    @TempDir
    Path dir;

    private static Map<String, String> platform(CampaignResultsViewModel vm) {
        return vm.rows().stream().collect(Collectors.toMap(CampaignResultsViewModel.ResultRow::label,
                CampaignResultsViewModel.ResultRow::platform));
    }

    private static Map<String, String> desk(CampaignResultsViewModel vm) {
        return vm.rows().stream().collect(Collectors.toMap(CampaignResultsViewModel.ResultRow::label,
                CampaignResultsViewModel.ResultRow::desk));
    }

    @Test
    void attributedRevenueShowsBesideThePlatformsStoredFiguresAndTheDifferenceIsFlaggedWithBothDefinitions() {
        try (HandBuiltCampaigns desk = new HandBuiltCampaigns(dir)) {
            desk.put(ResourceType.CAMPAIGN, campaign("cmp_1", "Spring", "RUNNING", "2026-11-01T00:00:00Z",
                    "2026-11-30T00:00:00Z", 10_000, "SPRING10"));
            desk.put(ResourceType.PROMO_CODE, code("SPRING10", "cmp_1", 7));
            desk.put(ResourceType.ORDER,
                    order("o1", "PAID", "cmp_1", 2, 10_000, 0),                 // by id: 200.00
                    order("o2", "PAID", null, 1, 5_000, 500, "SPRING10"),       // by code only: 45.00
                    order("o3", "CANCELLED", "cmp_1", 1, 99_900, 0));           // never
            // Offline: the platform's figures as fetched earlier (it counts o1 at its total incl. shipping).
            new CampaignMetricsStore(desk.db).put(new CampaignMetrics("cmp_1", 1_000, 400, 100, 1, 20_495, 7, 10_000,
                    HandBuiltCampaigns.NOW), HandBuiltCampaigns.NOW);

            CampaignResultsViewModel vm = new CampaignResultsViewModel(desk.context());
            vm.activate();
            vm.show("cmp_1");

            assertThat(vm.titleProperty().get()).isEqualTo("Spring");
            assertThat(platform(vm)).containsEntry("Sends", "1,000").containsEntry("Opens", "400")
                    .containsEntry("Clicks", "100").containsEntry("Orders", "1").containsEntry("Revenue", "€204.95")
                    .containsEntry("Code redemptions", "7");
            // desk: 200.00 + 45.00 = 245.00 over 2 orders; one redemption (o2)
            assertThat(desk(vm)).containsEntry("Orders", "2").containsEntry("Revenue", "€245.00")
                    .containsEntry("Code redemptions", "1")
                    // 245.00 / 1,000 sends = 0.245 → €0.25 (rounded to the cent); platform 204.95 / 1,000 → €0.20
                    .containsEntry("Revenue per recipient", "€0.25")
                    // (245.00 − 100.00) / 100.00 = 145 %; platform (204.95 − 100.00) / 100.00 = 104.95 % → 105 %
                    .containsEntry("ROI", "145%");
            assertThat(platform(vm)).containsEntry("Revenue per recipient", "€0.20").containsEntry("ROI", "105%");
            assertThat(vm.differsProperty().get()).isTrue();
            assertThat(vm.differenceProperty().get()).contains("€40.05", "1 order(s) counted only through a promo code");
            assertThat(vm.sourceProperty().get()).contains("stored", "offline");
            assertThat(vm.platformDefinition()).contains("attribution id", "order total");
            assertThat(vm.deskDefinition()).contains("one of the campaign's codes", "net sales");
            vm.deactivate();
        }
    }

    @Test
    void aRedemptionArrivingFromThePlatformUpdatesTheCountsWhileShown() {
        try (HandBuiltCampaigns desk = new HandBuiltCampaigns(dir)) {
            desk.put(ResourceType.CAMPAIGN, campaign("cmp_1", "Spring", "RUNNING", "2026-11-01T00:00:00Z",
                    "2026-11-30T00:00:00Z", 0, "SPRING10"));
            desk.put(ResourceType.PROMO_CODE, code("SPRING10", "cmp_1", 3));
            CampaignResultsViewModel vm = new CampaignResultsViewModel(desk.context());
            vm.activate();
            vm.show("cmp_1");
            assertThat(platform(vm)).containsEntry("Code redemptions", "3");
            assertThat(desk(vm)).containsEntry("Code redemptions", "0").containsEntry("Revenue", "€0.00");
            assertThat(vm.sourceProperty().get()).isEqualTo("No platform figures yet: they are fetched when online.");

            // what the sync engine writes when the platform redeems the code on a new order
            desk.put(ResourceType.ORDER, order("o9", "PLACED", "cmp_1", 3, 1_500, 0, "SPRING10"));
            desk.put(ResourceType.PROMO_CODE, code("SPRING10", "cmp_1", 4).put("version", 2));

            assertThat(platform(vm)).containsEntry("Code redemptions", "4");
            assertThat(desk(vm)).containsEntry("Code redemptions", "1").containsEntry("Revenue", "€45.00");
            vm.deactivate();
        }
    }
}
