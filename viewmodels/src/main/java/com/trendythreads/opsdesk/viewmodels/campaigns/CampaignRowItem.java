package com.trendythreads.opsdesk.viewmodels.campaigns;

import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignStatus;
import java.time.LocalDate;

/// One campaign as the list and the calendar show it (texts already formatted).
public record CampaignRowItem(String id, String name, String channel, String status, CampaignStatus statusValue,
        String starts, String ends, String budget, String spend, LocalDate firstDay, LocalDate lastDay) {

    static CampaignRowItem of(Campaign c, CampaignFormat f) {
        LocalDate first = CampaignFormat.day(c.startsAt());
        LocalDate last = c.endsAt() == null ? first : CampaignFormat.day(c.endsAt());
        return new CampaignRowItem(c.id(), c.name(), f.channel(c.channel()), f.status(c.status()), c.status(),
                f.date(c.startsAt()), f.date(c.endsAt()), f.money(c.budgetCents()), f.money(c.spendCents()), first, last);
    }

    /// Whether the campaign runs on `day` (a campaign without dates is on no day).
    public boolean runsOn(LocalDate day) {
        return firstDay != null && !day.isBefore(firstDay) && (lastDay == null || !day.isAfter(lastDay));
    }
}
