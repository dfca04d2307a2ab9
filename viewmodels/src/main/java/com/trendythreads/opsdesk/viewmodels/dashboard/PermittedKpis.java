package com.trendythreads.opsdesk.viewmodels.dashboard;

import com.trendythreads.opsdesk.cache.kpi.DrillTable;
import com.trendythreads.opsdesk.cache.kpi.Kpi;
import com.trendythreads.opsdesk.cache.kpi.KpiFilter;
import com.trendythreads.opsdesk.cache.kpi.KpiSource;
import com.trendythreads.opsdesk.cache.kpi.KpiValue;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/// A source whose figures the user's role may not read are "not for your role", never a misleading 0: a
/// marketer's cache holds no tickets and no pick lists (the sync pulls only what the role may list), so
/// the ticket and pick figures would otherwise say that nothing is open and nothing was picked.
final class PermittedKpis implements KpiSource {

    /// The list operation (contract `operationId`) whose records each figure is computed from, where not
    /// every dashboard role may call it.
    static final Map<Kpi, String> NEEDS = Map.of(
            Kpi.FILL_RATE, "listPickLists", Kpi.PICKS_PER_HOUR, "listPickLists",
            Kpi.OPEN_TICKETS, "listTickets", Kpi.SLA_BREACHES, "listTickets");

    private final KpiSource inner;
    private final Set<Kpi> forbidden;

    private PermittedKpis(KpiSource inner, Set<Kpi> forbidden) {
        this.inner = inner;
        this.forbidden = forbidden;
    }

    /// `inner` itself when `user` may read everything behind its figures.
    static KpiSource of(KpiSource inner, SessionUser user) {
        Set<Kpi> forbidden = EnumSet.noneOf(Kpi.class);
        for (Kpi k : inner.kpis()) {
            String op = NEEDS.get(k);
            if (op != null && !user.may(op)) {
                forbidden.add(k);
            }
        }
        return forbidden.isEmpty() ? inner : new PermittedKpis(inner, forbidden);
    }

    @Override
    public Set<Kpi> kpis() {
        return inner.kpis();
    }

    @Override
    public KpiValue value(Kpi kpi, KpiFilter filter) {
        return forbidden.contains(kpi) ? KpiValue.missing(kpi, KpiValue.Source.NOT_PERMITTED) : inner.value(kpi, filter);
    }

    @Override
    public DrillTable records(Kpi kpi, KpiFilter filter) {
        return forbidden.contains(kpi) ? new DrillTable(kpi, List.of(), List.of(), 0) : inner.records(kpi, filter);
    }

    @Override
    public AutoCloseable onChange(Consumer<Set<Kpi>> listener) {
        return inner.onChange(changed -> {
            Set<Kpi> shown = EnumSet.noneOf(Kpi.class);
            shown.addAll(changed);
            shown.removeAll(forbidden);
            if (!shown.isEmpty()) {
                listener.accept(shown);
            }
        });
    }

    @Override
    public void close() {
        inner.close();
    }
}
