package com.trendythreads.opsdesk.viewmodels.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.cache.kpi.Kpi;
import com.trendythreads.opsdesk.cache.kpi.KpiFilter;
import com.trendythreads.opsdesk.cache.kpi.KpiSource;
import com.trendythreads.opsdesk.cache.kpi.KpiValue;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermittedKpisTest {

    private static final KpiFilter TODAY = KpiFilter.days(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10));

    private static StandInKpiSource operations() {
        StandInKpiSource s = new StandInKpiSource();
        s.set(Kpi.OPEN_TICKETS, 0.0, null, List.of()); // what a cache without tickets computes
        s.set(Kpi.SLA_BREACHES, 0.0, null, List.of());
        s.set(Kpi.FILL_RATE, 0.97, 0.95, List.of());
        s.set(Kpi.PICKS_PER_HOUR, 42.0, 40.0, List.of());
        return s;
    }

    @Test
    void figuresWhoseRecordsTheRoleMayNotListSaySoInsteadOfZero() {
        // A user who may list pick lists but not tickets (the contract: listTickets is SUPPORT, MANAGER, ADMIN).
        SessionUser user = new SessionUser("lea.lead", "Lea Lead", List.of("WAREHOUSE"), Set.of("listPickLists"));
        StandInKpiSource inner = operations();
        KpiSource shown = PermittedKpis.of(inner, user);

        assertThat(shown.value(Kpi.OPEN_TICKETS, TODAY).source()).isEqualTo(KpiValue.Source.NOT_PERMITTED);
        assertThat(shown.value(Kpi.OPEN_TICKETS, TODAY).value()).isNull();
        assertThat(shown.value(Kpi.SLA_BREACHES, TODAY).source()).isEqualTo(KpiValue.Source.NOT_PERMITTED);
        assertThat(shown.records(Kpi.SLA_BREACHES, TODAY).rows()).isEmpty();
        assertThat(shown.value(Kpi.FILL_RATE, TODAY).value()).isEqualTo(0.97);

        List<Set<Kpi>> told = new ArrayList<>();
        shown.onChange(told::add);
        inner.fire(Set.of(Kpi.OPEN_TICKETS));
        inner.fire(Set.of(Kpi.OPEN_TICKETS, Kpi.FILL_RATE));
        assertThat(told).containsExactly(Set.of(Kpi.FILL_RATE));

        shown.close();
        assertThat(inner.closed).isTrue();
    }

    @Test
    void aManagerGetsTheSourceItself() {
        SessionUser manager = new SessionUser("mona.manager", "Mona Manager", List.of("MANAGER"),
                Set.of("listPickLists", "listTickets"));
        StandInKpiSource inner = operations();
        assertThat(PermittedKpis.of(inner, manager)).isSameAs(inner);
    }
}
