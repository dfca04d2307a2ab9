package com.trendythreads.opsdesk.viewmodels.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignStatus;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignEditorViewModelTest {

    @TempDir
    Path dir;

    private static void fill(CampaignEditorViewModel vm) {
        vm.nameProperty().set("Winter sale");
        vm.channelProperty().set(CampaignChannel.EMAIL);
        vm.startDateProperty().set(LocalDate.of(2026, 12, 1));
        vm.endDateProperty().set(LocalDate.of(2026, 12, 24));
        vm.budgetProperty().set("1,250.50");
        vm.promoCodesProperty().set("winter10, WINTER20 winter10");
        vm.subjectProperty().set("{{firstName}}, winter is here");
        vm.bodyProperty().set("Use {{code}} for 10 % off.");
    }

    @Test
    void errorsShowBesideTheirFieldsAsTheUserTypesAndNameTheField() {
        try (HandBuiltCampaigns desk = new HandBuiltCampaigns(dir)) {
            CampaignEditorViewModel vm = new CampaignEditorViewModel(desk.context());
            fill(vm);
            assertThat(vm.errors()).isEmpty();
            assertThat(vm.validProperty().get()).isTrue();

            vm.endDateProperty().set(LocalDate.of(2026, 11, 30));
            assertThat(vm.errors()).containsEntry("endsAt", "End: Must be after the start.");
            vm.budgetProperty().set("-5");
            assertThat(vm.errors()).containsEntry("budgetCents", "Budget: Must not be negative.");
            vm.budgetProperty().set("lots");
            assertThat(vm.errors()).containsEntry("budgetCents", "Budget: Enter an amount in euros.");
            vm.nameProperty().set(" ");
            assertThat(vm.errors()).containsEntry("name", "Name: Required.");
            assertThat(vm.validProperty().get()).isFalse();

            vm.save();
            assertThat(desk.outbox()).as("nothing queued while an error is open").isEmpty();
        }
    }

    @Test
    void thePreviewRendersSubjectAndBodyForEmailAndPushOnly() {
        try (HandBuiltCampaigns desk = new HandBuiltCampaigns(dir)) {
            CampaignEditorViewModel vm = new CampaignEditorViewModel(desk.context());
            fill(vm);
            assertThat(vm.previewSubjectProperty().get()).isEqualTo("Anna, winter is here");
            assertThat(vm.previewBodyProperty().get()).isEqualTo("Use WINTER10 for 10 % off.");
            vm.channelProperty().set(CampaignChannel.SOCIAL);
            assertThat(vm.previewShownProperty().get()).isFalse();
            assertThat(vm.previewBodyProperty().get()).isEmpty();
        }
    }

    @Test
    void schedulingWithoutASegmentNamesTheSegmentAndQueuesNothing() {
        try (HandBuiltCampaigns desk = new HandBuiltCampaigns(dir)) {
            CampaignEditorViewModel vm = new CampaignEditorViewModel(desk.context());
            fill(vm);
            vm.schedule();
            assertThat(vm.errors()).containsOnlyKeys("segmentId");
            assertThat(vm.errors().get("segmentId")).isEqualTo("Segment: Choose an audience segment before scheduling.");
            assertThat(desk.outbox()).isEmpty();
        }
    }

    @Test
    void aCodeTheCacheDoesNotKnowIsRefusedBesideTheCodesField() {
        try (HandBuiltCampaigns desk = new HandBuiltCampaigns(dir)) {
            desk.put(ResourceType.PROMO_CODE, HandBuiltCampaigns.code("WINTER10", null, 0));
            CampaignEditorViewModel vm = new CampaignEditorViewModel(desk.context());
            fill(vm); // WINTER10 and WINTER20
            vm.save();
            assertThat(vm.errors()).containsOnlyKeys("promoCodes");
            assertThat(vm.errors().get("promoCodes")).isEqualTo("Promo codes: No promo code WINTER20 is known.");
            assertThat(desk.outbox()).isEmpty();
        }
    }

    @Test
    void saveAndScheduleQueueACreateAndAScheduleAndShowTheCampaignAtOnce() {
        try (HandBuiltCampaigns desk = new HandBuiltCampaigns(dir)) {
            desk.put(ResourceType.SEGMENT, HandBuiltCampaigns.segment("seg_newsletter", "Newsletter", 420));
            desk.put(ResourceType.PROMO_CODE, HandBuiltCampaigns.code("WINTER10", null, 0),
                    HandBuiltCampaigns.code("WINTER20", null, 0));
            CampaignEditorViewModel vm = new CampaignEditorViewModel(desk.context());
            vm.loadSegments();
            assertThat(vm.segments()).extracting(s -> s.id()).containsExactly("seg_newsletter");
            fill(vm);
            vm.segmentProperty().set(vm.segments().getFirst());
            vm.schedule();

            String id = vm.editingIdProperty().get();
            assertThat(id).startsWith("local-");
            Campaign shown = desk.data.campaigns().get(id).orElseThrow();
            assertThat(shown.status()).isEqualTo(CampaignStatus.SCHEDULED);
            assertThat(shown.budgetCents()).isEqualTo(125_050);
            assertThat(shown.segmentId()).isEqualTo("seg_newsletter");
            assertThat(shown.promoCodes()).containsExactly("WINTER10", "WINTER20");
            // 09:00 in Berlin on 1 December is 08:00 UTC
            assertThat(shown.startsAt()).hasToString("2026-12-01T08:00:00Z");
            List<OutboxEntry> out = desk.outbox();
            assertThat(out).extracting(OutboxEntry::method, OutboxEntry::path)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("POST", "v1/campaigns"),
                            org.assertj.core.groups.Tuple.tuple("POST", "v1/campaigns/{id}/schedule"));
            assertThat(out.getLast().payload().get("sendAt").asText()).isEqualTo("2026-12-01T08:00:00Z");
            assertThat(desk.notifier.infos).last().asString().contains("Winter sale", "scheduled");
        }
    }
}
