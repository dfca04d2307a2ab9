package com.trendythreads.opsdesk.viewmodels.segments;

import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.segments.Segments;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/// Where the segment screens get the session's data: the segments service over its cache and a subscription
/// to the changes that make computed segments stale (customers, orders, products, categories).
public final class SegmentSource {

    private final Supplier<LocalData> data;
    private final Clock clock;

    @Inject
    public SegmentSource(SessionState sessionState, Clock clock) {
        this(() -> sessionState.current().data(), clock);
    }

    /// Over a given cache (tests).
    public SegmentSource(Supplier<LocalData> data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    public LocalData data() {
        return data.get();
    }

    public Segments segments() {
        LocalData d = data();
        return new Segments(d.db(), d.edits(), clock);
    }

    /// Calls `changed` (on a cache thread) after a commit touching customers, orders, products or categories.
    public AutoCloseable onChange(Runnable changed) {
        LocalData d = data();
        List<ChangeBus.Subscription> subs = List.of(d.customers().onChange(c -> changed.run()),
                d.orders().onChange(c -> changed.run()), d.products().onChange(c -> changed.run()));
        return () -> subs.forEach(ChangeBus.Subscription::close);
    }
}
