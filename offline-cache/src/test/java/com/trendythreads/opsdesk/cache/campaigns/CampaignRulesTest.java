package com.trendythreads.opsdesk.cache.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignCreate;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant END = Instant.parse("2026-12-24T23:00:00Z");

    private static CampaignCreate email(String segment, Instant start, Instant end, Long budget) {
        return new CampaignCreate("Xmas", CampaignChannel.EMAIL, start, end, budget, segment, List.of("XMAS10"),
                "Ho ho", "Hello {{firstName}}");
    }

    private static List<String> fields(List<Violation> v) {
        return v.stream().map(x -> x.field() + ":" + x.code()).toList();
    }

    @Test
    void aValidDraftAndScheduleHaveNoViolations() {
        assertThat(CampaignRules.draft(email(null, START, END, 0L))).isEmpty();
        assertThat(CampaignRules.schedule(email("seg_1", START, END, 5000L), START, NOW)).isEmpty();
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertThat(fields(CampaignRules.draft(new CampaignCreate(" ", null, END, START, -1L, null, null, null, null))))
                .containsExactly("name:rule.required", "channel:rule.required", "endsAt:campaign.rule.endBeforeStart",
                        "budgetCents:campaign.rule.budgetNegative");
        // equal start and end is not "in order" either
        assertThat(fields(CampaignRules.draft(email(null, START, START, 0L))))
                .containsExactly("endsAt:campaign.rule.endBeforeStart");
    }

    @Test
    void schedulingNeedsASegmentAFutureSendTimeBeforeTheEndAndSubjectAndBodyForEmail() {
        assertThat(fields(CampaignRules.schedule(email(null, START, END, 0L), START, NOW)))
                .containsExactly("segmentId:campaign.rule.segmentBeforeSchedule");
        assertThat(fields(CampaignRules.schedule(email("seg_1", START, END, 0L), NOW.minusSeconds(1), NOW)))
                .containsExactly("sendAt:campaign.rule.sendInPast");
        assertThat(fields(CampaignRules.schedule(email("seg_1", START, END, 0L), END, NOW)))
                .containsExactly("sendAt:campaign.rule.sendAfterEnd");
        assertThat(fields(CampaignRules.schedule(email("seg_1", START, END, 0L), null, NOW)))
                .containsExactly("sendAt:rule.required");
        CampaignCreate noText = new CampaignCreate("Push", CampaignChannel.PUSH, START, END, 0L, "seg_1", List.of(), "",
                null);
        assertThat(fields(CampaignRules.schedule(noText, START, NOW)))
                .containsExactly("subject:rule.required", "body:rule.required");
        CampaignCreate social = new CampaignCreate("Insta", CampaignChannel.SOCIAL, START, END, 0L, "seg_1", List.of(),
                null, null);
        assertThat(CampaignRules.schedule(social, START, NOW)).isEmpty();
    }
}
