package com.trendythreads.opsdesk.cache.campaigns;

import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignCreate;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/// The rules a campaign must meet before it is saved or scheduled, the platform's own (`CampaignHandlers`)
/// so nothing the desk queues is refused later. Each [Violation] names its field so the editor shows it there;
/// codes are bundle keys (`rule.required`, `campaign.rule.*`).
public final class CampaignRules {

    public static final int NAME_MAX = 200;
    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 20_000;

    private CampaignRules() {
    }

    /// What is wrong with `c` as a draft: name, channel and budget required, end after start, budget ≥ 0,
    /// subject and body not too long.
    public static List<Violation> draft(CampaignCreate c) {
        List<Violation> out = new ArrayList<>();
        if (c.name() == null || c.name().isBlank()) {
            out.add(Violation.error("name", "rule.required"));
        } else if (c.name().length() > NAME_MAX) {
            out.add(Violation.error("name", "campaign.rule.tooLong", NAME_MAX));
        }
        if (c.channel() == null) {
            out.add(Violation.error("channel", "rule.required"));
        }
        if (c.startsAt() != null && c.endsAt() != null && !c.endsAt().isAfter(c.startsAt())) {
            out.add(Violation.error("endsAt", "campaign.rule.endBeforeStart"));
        }
        if (c.budgetCents() == null) {
            out.add(Violation.error("budgetCents", "rule.required"));
        } else if (c.budgetCents() < 0) {
            out.add(Violation.error("budgetCents", "campaign.rule.budgetNegative"));
        }
        if (c.subject() != null && c.subject().length() > SUBJECT_MAX) {
            out.add(Violation.error("subject", "campaign.rule.tooLong", SUBJECT_MAX));
        }
        if (c.body() != null && c.body().length() > BODY_MAX) {
            out.add(Violation.error("body", "campaign.rule.tooLong", BODY_MAX));
        }
        return out;
    }

    /// What is wrong with scheduling `c` to send at `sendAt` (`now` is the desk's clock): the draft rules
    /// plus a segment, a send time in the future and before the end, and subject and body for email and push.
    public static List<Violation> schedule(CampaignCreate c, Instant sendAt, Instant now) {
        List<Violation> out = new ArrayList<>(draft(c));
        if (c.segmentId() == null || c.segmentId().isBlank()) {
            out.add(Violation.error("segmentId", "campaign.rule.segmentBeforeSchedule"));
        }
        if (sendAt == null) {
            out.add(Violation.error("sendAt", "rule.required"));
        } else {
            if (!sendAt.isAfter(now)) {
                out.add(Violation.error("sendAt", "campaign.rule.sendInPast"));
            }
            if (c.endsAt() != null && !sendAt.isBefore(c.endsAt())) {
                out.add(Violation.error("sendAt", "campaign.rule.sendAfterEnd"));
            }
        }
        if (c.channel() == CampaignChannel.EMAIL || c.channel() == CampaignChannel.PUSH) {
            if (c.subject() == null || c.subject().isBlank()) {
                out.add(Violation.error("subject", "rule.required"));
            }
            if (c.body() == null || c.body().isBlank()) {
                out.add(Violation.error("body", "rule.required"));
            }
        }
        return out;
    }

    public static boolean hasErrors(List<Violation> violations) {
        return violations.stream().anyMatch(Violation::isError);
    }
}
