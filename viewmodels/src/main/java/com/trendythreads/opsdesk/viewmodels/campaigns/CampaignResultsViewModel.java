package com.trendythreads.opsdesk.viewmodels.campaigns;

import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignMetrics;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.service.CampaignsApi;
import com.trendythreads.opsdesk.cache.campaigns.CampaignAttribution;
import com.trendythreads.opsdesk.cache.campaigns.CampaignMetricsStore;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.CoalescingLoad;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// A campaign's results: the platform's delivery and revenue figures (fetched online, kept in the cache
/// for offline) beside the revenue the desk attributes from cached orders (`docs/CAMPAIGNS.md`), with a
/// difference flagged and both definitions shown. Kept current while shown: a new order or a redeemed
/// code arriving from the platform updates the figures without a reload.
public final class CampaignResultsViewModel implements Activatable {

    /// One figure, as the platform counts it and as the desk counts it ("" where one side has none).
    public record ResultRow(String label, String platform, String desk) {
    }

    /// What the local part of a load found.
    record Local(Campaign campaign, CampaignAttribution.Attributed attributed, long codeCounter,
            Optional<CampaignMetricsStore.Fetched> stored) {
    }

    private final CampaignsContext ctx;
    private final CampaignFormat f;
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper difference = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper differs = new ReadOnlyBooleanWrapper();
    private final CoalescingLoad<Local> load;
    private final List<ChangeBus.Subscription> subscriptions = new ArrayList<>();
    private String campaignId;
    private Local last;
    private CampaignMetricsStore.Fetched metrics;
    private boolean fetchedNow;

    public CampaignResultsViewModel(CampaignsContext ctx) {
        this.ctx = ctx;
        this.f = ctx.format();
        this.load = CoalescingLoad.latestOf(ctx.runner(), () -> {
            String id = campaignId;
            return () -> local(id);
        }, this::showLocal, e -> ctx.notifier().error(ctx.i18n().get("campaign.results.failed"),
                String.valueOf(e.getMessage())));
    }

    /// Shows `id`'s results: at once from the cache, then the platform's latest figures when online.
    public void show(String id) {
        campaignId = id;
        metrics = null;
        fetchedNow = false;
        load.run();
        fetch();
    }

    /// Fetches the platform's figures again (online only; offline the stored ones stay).
    public void fetch() {
        String id = campaignId;
        if (id == null || ctx.online().isEmpty()) {
            return;
        }
        BackgroundTask.of(() -> {
                    CampaignMetrics m = ctx.engine().service(CampaignsApi.class).getCampaignMetrics(id);
                    Instant at = ctx.clock().instant();
                    ctx.metrics().put(m, at);
                    return new CampaignMetricsStore.Fetched(m, at);
                })
                .onSuccess(m -> {
                    if (id.equals(campaignId)) {
                        metrics = m;
                        fetchedNow = true;
                        render();
                    }
                })
                .onFailure(e -> source.set(ctx.i18n().get("campaign.results.notFetched")
                        + (metrics == null ? "" : " " + ctx.i18n().get("campaign.results.storedAt", f.date(metrics.fetchedAt())))))
                .runWith(ctx.runner());
    }

    private Local local(String id) {
        if (id == null) {
            return null;
        }
        Campaign c = ctx.data().campaigns().get(id).orElse(null);
        if (c == null) {
            return null;
        }
        CampaignAttribution.Attributed a = ctx.attribution().of(c);
        long counter = 0;
        for (String code : ctx.attribution().codesOf(c)) {
            counter += ctx.data().campaigns().promoCode(code).map(PromoCode::redemptions).orElse(0);
        }
        return new Local(c, a, counter, ctx.metrics().get(id));
    }

    private void showLocal(Local l) {
        last = l;
        if (l != null && metrics == null) {
            metrics = l.stored().orElse(null);
        }
        render();
    }

    private void render() {
        Local l = last;
        if (l == null) {
            rows.clear();
            title.set("");
            return;
        }
        Campaign c = l.campaign();
        CampaignAttribution.Attributed a = l.attributed();
        CampaignMetrics m = metrics == null ? null : metrics.metrics();
        title.set(c.name());
        long spend = m != null ? m.spendCents() : c.spendCents();
        List<ResultRow> out = new ArrayList<>();
        out.add(row("sends", m == null ? "" : f.count(m.sends()), ""));
        out.add(row("opens", m == null ? "" : f.count(m.opens()), ""));
        out.add(row("clicks", m == null ? "" : f.count(m.clicks()), ""));
        out.add(row("orders", m == null ? "" : f.count(m.orders()), f.count(a.orders())));
        out.add(row("revenue", m == null ? "" : f.money(m.revenueCents()), f.money(a.revenueCents())));
        out.add(row("revenuePerRecipient", m == null ? "" : perRecipient(m.revenueCents(), m.sends()),
                m == null ? "" : perRecipient(a.revenueCents(), m.sends())));
        out.add(row("redemptions", f.count(l.codeCounter()), f.count(a.redemptions())));
        out.add(row("spend", f.money(spend), f.money(spend)));
        out.add(row("roi", m == null ? "" : f.percent(roi(m.revenueCents(), spend)), f.percent(roi(a.revenueCents(), spend))));
        rows.setAll(out);
        source.set(metrics == null ? ctx.i18n().get("campaign.results.noPlatformFigures")
                : fetchedNow ? ctx.i18n().get("campaign.results.fetchedAt", f.date(metrics.fetchedAt()))
                : ctx.i18n().get("campaign.results.storedAt", f.date(metrics.fetchedAt())));
        boolean diff = m != null && m.revenueCents() != a.revenueCents();
        differs.set(diff);
        long delta = diff ? a.revenueCents() - m.revenueCents() : 0;
        difference.set(!diff ? "" : ctx.i18n().get(a.byCodeOnly() > 0 ? "campaign.results.difference"
                : "campaign.results.differenceNoCodeOnly", (delta > 0 ? "+" : "") + f.money(delta), f.count(a.byCodeOnly())));
    }

    private ResultRow row(String key, String platform, String desk) {
        return new ResultRow(ctx.i18n().get("campaign.results." + key), platform, desk);
    }

    private String perRecipient(long revenue, long sends) {
        return sends == 0 ? "–" : f.money(Math.round((double) revenue / sends));
    }

    /// (revenue − spend) / spend; none when nothing was spent.
    static Double roi(long revenue, long spend) {
        return spend == 0 ? null : (double) (revenue - spend) / spend;
    }

    @Override
    public void activate() {
        if (subscriptions.isEmpty()) {
            subscriptions.add(ctx.data().orders().onChange(c -> ctx.runner().ui().dispatch(load::run)));
            subscriptions.add(ctx.data().campaigns().onChange(c -> ctx.runner().ui().dispatch(load::run)));
        }
    }

    @Override
    public void deactivate() {
        subscriptions.forEach(ChangeBus.Subscription::close);
        subscriptions.clear();
    }

    public ObservableList<ResultRow> rows() { return rows; }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /// Where the platform's figures come from: fetched now, stored at a time (offline), or none yet.
    public ReadOnlyStringProperty sourceProperty() { return source.getReadOnlyProperty(); }
    /// "" or the difference between the desk's and the platform's revenue with its likely cause.
    public ReadOnlyStringProperty differenceProperty() { return difference.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty differsProperty() { return differs.getReadOnlyProperty(); }
    /// The two definitions, always shown.
    public String platformDefinition() { return ctx.i18n().get("campaign.results.platformDefinition"); }
    public String deskDefinition() { return ctx.i18n().get("campaign.results.deskDefinition"); }
}
