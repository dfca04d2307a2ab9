package com.trendythreads.opsdesk.viewmodels.campaigns;

import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.campaigns.CampaignActions;
import com.trendythreads.opsdesk.cache.campaigns.CampaignAttribution;
import com.trendythreads.opsdesk.cache.campaigns.CampaignMetricsStore;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import java.time.Clock;
import java.util.Optional;

/// What the campaign screens share for one signed-in user: the cache, the campaign writes and figures, the ports.
///
/// @param engine the session's sync engine for the online metrics call; null in a session without one
/// @param user   who is signed in: the campaign writes are offered only to those the contract lets call them
public record CampaignsContext(LocalData data, CampaignActions actions, CampaignAttribution attribution,
        CampaignMetricsStore metrics, TaskRunner runner, Notifier notifier, I18n i18n, Clock clock, SyncEngine engine,
        SessionUser user) {

    public static CampaignsContext of(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n,
            Clock clock) {
        UserSession session = sessionState.current();
        return of(session.data(), session.engine().orElse(null), session.user(), runner, notifier, i18n, clock);
    }

    public static CampaignsContext of(LocalData data, SyncEngine engine, SessionUser user, TaskRunner runner,
            Notifier notifier, I18n i18n, Clock clock) {
        return new CampaignsContext(data, new CampaignActions(data.edits(), data.campaigns(), clock),
                new CampaignAttribution(data.db(), data.campaigns()), new CampaignMetricsStore(data.db()), runner,
                notifier, i18n, clock, engine, user);
    }

    /// Whether the user may create campaigns (`createCampaign`): the "New campaign" button and saving a new one.
    public boolean mayCreate() {
        return user.may("createCampaign");
    }

    /// Whether the user may change a campaign (`updateCampaign`).
    public boolean mayUpdate() {
        return user.may("updateCampaign");
    }

    /// Whether the user may schedule a campaign's send (`scheduleCampaign`).
    public boolean maySchedule() {
        return user.may("scheduleCampaign");
    }

    public Optional<SyncEngine> online() {
        return Optional.ofNullable(engine);
    }

    public CampaignFormat format() {
        return new CampaignFormat(i18n);
    }
}
