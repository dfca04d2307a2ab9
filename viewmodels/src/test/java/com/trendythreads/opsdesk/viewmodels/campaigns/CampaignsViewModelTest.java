package com.trendythreads.opsdesk.viewmodels.campaigns;

import static com.trendythreads.opsdesk.viewmodels.campaigns.HandBuiltCampaigns.campaign;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.campaigns.CampaignStatus;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theListShowsChannelStatusDatesBudgetAndSpendAndTheCalendarTheDaysEachRuns() {
        try (HandBuiltCampaigns desk = new HandBuiltCampaigns(dir)) {
            desk.put(ResourceType.CAMPAIGN,
                    campaign("cmp_1", "Black week", "SCHEDULED", "2026-11-23T23:00:00Z", "2026-11-30T22:59:59Z", 0),
                    campaign("cmp_2", "Advent", "DRAFT", "2026-11-30T23:00:00Z", "2026-12-24T22:59:59Z", 1_250));
            CampaignsViewModel vm = new CampaignsViewModel(desk.context());
            vm.activate();

            assertThat(vm.rows()).extracting(CampaignRowItem::name).containsExactly("Advent", "Black week");
            CampaignRowItem advent = vm.rows().getFirst();
            assertThat(advent.channel()).isEqualTo("E-mail");
            assertThat(advent.status()).isEqualTo("Draft");
            assertThat(advent.starts()).isEqualTo("Dec 1, 2026"); // 23:00 UTC is the next day in Berlin
            assertThat(advent.budget()).isEqualTo("€1,000.00");
            assertThat(advent.spend()).isEqualTo("€12.50");

            assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
            assertThat(vm.calendar()).hasSize(42);
            // 1 Nov 2026 is a Sunday: the grid starts on Monday 26 Oct
            assertThat(vm.calendar().getFirst().date()).isEqualTo(LocalDate.of(2026, 10, 26));
            assertThat(day(vm, 2026, 11, 24)).containsExactly("Black week");
            assertThat(day(vm, 2026, 11, 30)).containsExactly("Black week");
            assertThat(day(vm, 2026, 11, 22)).isEmpty();
            vm.nextMonthCommand().execute();
            assertThat(day(vm, 2026, 12, 1)).containsExactly("Advent");
            assertThat(day(vm, 2026, 12, 24)).containsExactly("Advent");

            vm.statusFilterProperty().set(CampaignStatus.SCHEDULED);
            assertThat(vm.rows()).extracting(CampaignRowItem::name).containsExactly("Black week");

            // a campaign arriving from the platform shows without a reload
            desk.put(ResourceType.CAMPAIGN,
                    campaign("cmp_3", "Cyber Monday", "SCHEDULED", "2026-11-30T00:00:00Z", "2026-11-30T22:00:00Z", 0));
            assertThat(vm.rows()).extracting(CampaignRowItem::name).contains("Cyber Monday");
            vm.deactivate();
        }
    }

    /// The dashboard's campaign rows link here: the campaign opens in the editor whatever the list's filter.
    @Test
    void aLinkedCampaignOpensWhateverTheStatusFilter() {
        try (HandBuiltCampaigns desk = new HandBuiltCampaigns(dir)) {
            desk.put(ResourceType.CAMPAIGN,
                    campaign("cmp_1", "Black week", "SCHEDULED", "2026-11-23T23:00:00Z", "2026-11-30T22:59:59Z", 0),
                    campaign("cmp_2", "Advent", "DRAFT", "2026-11-30T23:00:00Z", "2026-12-24T22:59:59Z", 1_250));
            CampaignsViewModel vm = new CampaignsViewModel(desk.context());
            vm.activate();
            vm.statusFilterProperty().set(CampaignStatus.SCHEDULED);

            vm.open("cmp_2");

            assertThat(vm.statusFilterProperty().get()).isNull();
            assertThat(vm.selectedProperty().get().name()).isEqualTo("Advent");
            assertThat(vm.editor().editingIdProperty().get()).isEqualTo("cmp_2");
            assertThat(com.trendythreads.opsdesk.viewmodels.shell.RecordLinks.workspaceOf(
                    new com.trendythreads.opsdesk.viewmodels.shell.RecordLinks.Link(
                            com.trendythreads.opsdesk.cache.kpi.DrillTable.Target.CAMPAIGN, "cmp_2")))
                    .contains("campaigns");
            vm.deactivate();
        }
    }

    private static java.util.List<String> day(CampaignsViewModel vm, int y, int m, int d) {
        return vm.calendar().stream().filter(c -> c.date().equals(LocalDate.of(y, m, d))).findFirst().orElseThrow()
                .campaigns().stream().map(CampaignRowItem::name).toList();
    }
}
