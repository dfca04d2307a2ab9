package com.trendythreads.opsdesk.viewmodels.segments;

import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.segments.Segments;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/// Where the segment screens get the session's data: the segments service over its cache and a subscription
/// to the changes that make computed segments stale (customers, orders, products, categories).
public final class SegmentSource {

    private final Supplier<LocalData> data;
    private final BooleanSupplier mayPush;
    private final Clock clock;

    @Inject
    public SegmentSource(SessionState sessionState, Clock clock) {
        this(() -> sessionState.current().data(), () -> sessionState.current().user().may("createSegment"), clock);
    }

    /// Over a given cache (tests); `mayPush`: the user may call `createSegment` (x-roles MARKETING, ADMIN).
    public SegmentSource(Supplier<LocalData> data, BooleanSupplier mayPush, Clock clock) {
        this.data = data;
        this.mayPush = mayPush;
        this.clock = clock;
    }

    /// Whether the signed-in user may push segments to the platform (managers look only).
    public boolean mayPush() {
        return mayPush.getAsBoolean();
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
