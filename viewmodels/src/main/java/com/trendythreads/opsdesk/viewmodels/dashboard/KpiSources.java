package com.trendythreads.opsdesk.viewmodels.dashboard;

import com.trendythreads.opsdesk.api.service.AnalyticsApi;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.kpi.KpiSource;
import com.trendythreads.opsdesk.cache.kpi.OpsKpis;
import com.trendythreads.opsdesk.cache.kpi.PlatformAggregates;
import com.trendythreads.opsdesk.cache.kpi.SalesKpis;
import com.trendythreads.opsdesk.cache.kpi.StockKpis;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.viewmodels.session.ClientConfig;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The dashboard's figure sources for the signed-in session: opened on first use (their rollups are built
/// then, so a session that never opens the dashboard never pays for them), kept while the session lasts
/// and closed when it ends (sign-out, or another user signs in), before the session's cache closes.
@Singleton
public final class KpiSources {

    private static final Logger LOG = LoggerFactory.getLogger(KpiSources.class);

    private final SessionState sessions;
    private final Function<UserSession, List<KpiSource>> opener;
    private final Function<UserSession, DashboardChoices> choices;
    private UserSession openedFor;
    private List<KpiSource> open = List.of();

    @Inject
    public KpiSources(SessionState sessions, ClientConfig config) {
        this(sessions, s -> openFromCache(s, config.syncSettings().workingSetDays()), s -> choicesFrom(s.data()));
    }

    /// @param opener  opens the sources over one session's data (blocking)
    /// @param choices reads the filter choices of one session (blocking)
    public KpiSources(SessionState sessions, Function<UserSession, List<KpiSource>> opener,
                      Function<UserSession, DashboardChoices> choices) {
        this.sessions = sessions;
        this.opener = opener;
        this.choices = choices;
        sessions.currentProperty().addListener((o, before, now) -> {
            if (before != now) {
                closeFor(before);
            }
        });
    }

    /// The sources of the current session, opening them on first use. Blocking: call it off the UI thread.
    public synchronized List<KpiSource> current() {
        UserSession s = sessions.current();
        if (s == null) {
            return List.of();
        }
        if (openedFor != s) {
            closeAll();
            open = List.copyOf(opener.apply(s));
            openedFor = s;
        }
        return open;
    }

    /// The current session's filter choices. Blocking.
    public DashboardChoices choices() {
        UserSession s = sessions.current();
        return s == null ? DashboardChoices.NONE : choices.apply(s);
    }

    private synchronized void closeFor(UserSession ended) {
        if (ended != null && ended == openedFor) {
            closeAll();
        }
    }

    private void closeAll() {
        for (KpiSource source : open) {
            try {
                source.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing a KPI source failed", e);
            }
        }
        open = List.of();
        openedFor = null;
    }

    private static DashboardChoices choicesFrom(LocalData data) {
        return new DashboardChoices(data.reference().locations(), data.reference().categories());
    }

    /// The real sources over the session's cache: sales (with the platform's aggregates for conversion and
    /// for days before the local window), stock and operations. Each loads its rollups here (blocking).
    ///
    /// @param windowDays the days of orders the sync keeps locally
    static List<KpiSource> openFromCache(UserSession session, int windowDays) {
        CacheDatabase db = session.data().db();
        // The sources take the instant from it; which calendar day that is, is theirs to say.
        Clock utc = Clock.systemUTC();
        Supplier<AnalyticsApi> analytics = session.engine()
                .<Supplier<AnalyticsApi>>map(e -> () -> analyticsOf(e)).orElse(null);
        List<KpiSource> opened = new ArrayList<>();
        try {
            opened.add(new SalesKpis(db, utc, windowDays, new PlatformAggregates(db, analytics, utc)));
            opened.add(new StockKpis(db));
            opened.add(PermittedKpis.of(new OpsKpis(db, utc), session.user()));
            return opened;
        } catch (RuntimeException e) {
            opened.forEach(KpiSource::close);
            throw e;
        }
    }

    private static AnalyticsApi analyticsOf(SyncEngine engine) {
        return engine.service(AnalyticsApi.class);
    }
}
