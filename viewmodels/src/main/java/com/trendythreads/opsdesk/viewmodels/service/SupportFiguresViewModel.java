package com.trendythreads.opsdesk.viewmodels.service;

import com.trendythreads.opsdesk.api.dto.common.User;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.cache.crm.SupportFigures;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.CoalescingLoad;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The support figures ([SupportFigures], defined in `docs/SUPPORT.md`) of the tickets created in the last 7,
/// 30 or 90 days, for the signed-in agent (the tickets assigned to them) beside the team's (all agents).
/// Computed from the cache, so they work offline; they follow the cache's ticket changes.
public final class SupportFiguresViewModel implements Activatable {

    public enum Period {
        DAYS_7(7), DAYS_30(30), DAYS_90(90);

        private final int days;

        Period(int days) {
            this.days = days;
        }

        public int days() {
            return days;
        }
    }

    private final ServiceContext ctx;
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.DAYS_30);
    private final ObservableList<FigureRow> figures = FXCollections.observableArrayList();
    private final ObservableList<FigureRow> channels = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
    private final CoalescingLoad<Result> load;
    private ChangeBus.Subscription subscription;

    record Result(SupportFigures.Figures mine, SupportFigures.Figures team, Instant from, Instant to) {
    }

    SupportFiguresViewModel(ServiceContext ctx) {
        this.ctx = ctx;
        this.load = new CoalescingLoad<>(ctx.runner(), this::compute, this::show, "the support figures");
        period.addListener((o, a, b) -> load.run());
    }

    @Override
    public void activate() {
        if (subscription == null) {
            subscription = ctx.data().tickets().onChange(c -> ctx.runner().ui().dispatch(load::run));
        }
        load.run();
    }

    @Override
    public void deactivate() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private Result compute() {
        Instant now = ctx.clock().instant();
        Instant from = now.minus(Duration.ofDays(period.get().days()));
        List<Ticket> all = ctx.data().tickets().all();
        String me = ctx.data().reference().userByUsername(ctx.user().username()).map(User::id).orElse("");
        return new Result(SupportFigures.of(all, from, now, me, now), SupportFigures.of(all, from, now, null, now),
                from, now);
    }

    private void show(Result r) {
        SupportFigures.Figures m = r.mine();
        SupportFigures.Figures t = r.team();
        caption.set(ctx.i18n().get("service.figures.caption", period.get().days(), ctx.user().displayName()));
        List<FigureRow> rows = new ArrayList<>();
        rows.add(row("tickets", Integer.toString(m.tickets()), Integer.toString(t.tickets())));
        rows.add(row("frtMedian", dur(m.firstResponse().median()), dur(t.firstResponse().median())));
        rows.add(row("frtP90", dur(m.firstResponse().p90()), dur(t.firstResponse().p90())));
        rows.add(row("unanswered", Integer.toString(m.unanswered()), Integer.toString(t.unanswered())));
        rows.add(row("resMedian", dur(m.resolution().median()), dur(t.resolution().median())));
        rows.add(row("resP90", dur(m.resolution().p90()), dur(t.resolution().p90())));
        rows.add(row("breaches", countShare(m.breaches(), m.breachRate()), countShare(t.breaches(), t.breachRate())));
        rows.add(row("handoffs", countShare(m.handoffs(), m.handoffShare()), countShare(t.handoffs(), t.handoffShare())));
        figures.setAll(rows);
        List<FigureRow> byChannel = new ArrayList<>();
        for (TicketChannel c : TicketChannel.values()) {
            int mc = m.byChannel().getOrDefault(c, 0);
            int tc = t.byChannel().getOrDefault(c, 0);
            byChannel.add(new FigureRow(ctx.enumText("service.channel", c), share(mc, m.tickets()),
                    share(tc, t.tickets()), ""));
        }
        channels.setAll(byChannel);
    }

    private FigureRow row(String key, String mine, String team) {
        return new FigureRow(ctx.i18n().get("service.figures." + key), mine, team,
                ctx.i18n().get("service.figures." + key + ".def"));
    }

    private String dur(Duration d) {
        return d == null ? "–" : ctx.duration(d);
    }

    private String countShare(int n, double share) {
        return ctx.i18n().get("service.figures.countShare", n, percent(share));
    }

    private String share(int n, int of) {
        return countShare(n, of == 0 ? 0 : (double) n / of);
    }

    private String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(ctx.i18n().locale() == null ? Locale.ENGLISH : ctx.i18n().locale());
        f.setMaximumFractionDigits(0);
        return f.format(share);
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    /// First response, resolution, breaches and hand-offs: mine and the team's.
    public ObservableList<FigureRow> figures() {
        return figures;
    }

    /// Tickets by channel: count and share, mine and the team's.
    public ObservableList<FigureRow> channels() {
        return channels;
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public String periodText(Period p) {
        return ctx.i18n().get("service.figures.period", p.days());
    }
}
