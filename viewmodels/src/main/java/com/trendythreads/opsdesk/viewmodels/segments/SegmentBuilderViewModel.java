package com.trendythreads.opsdesk.viewmodels.segments;

import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.cache.segments.Rfm;
import com.trendythreads.opsdesk.cache.segments.SegmentFacts;
import com.trendythreads.opsdesk.cache.segments.SegmentRule;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.Money;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.CoalescingLoad;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.FieldError;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.LiveSubscription;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.value.ObservableStringValue;

/// The segment builder: rule conditions (loyalty tier, consent, category bought, last order within N days,
/// minimum RFM scores) over the cached customers and orders; the size and the number reachable on the campaign
/// channel follow every change (evaluated in the background, coalesced); the RFM quintile boundaries and the
/// segment's top categories are shown; the reachable members are pushed to the platform as an audience.
public final class SegmentBuilderViewModel implements Activatable {

    /// A category to filter by; `id` null: any category.
    public record CategoryItem(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /// One RFM measure's four quintile boundaries, formatted.
    public record BoundaryRow(String measure, String b1, String b2, String b3, String b4) {
    }

    /// A top category of the segment.
    public record CategoryRow(String name, long units) {
    }

    private record Evaluated(SegmentFacts.Evaluation evaluation, List<SegmentFacts.CategoryCount> top) {
    }

    private final SegmentSource source;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final Map<LoyaltyTier, BooleanProperty> tiers = new EnumMap<>(LoyaltyTier.class);
    private final ObjectProperty<CampaignChannel> consent = new SimpleObjectProperty<>();
    private final ObservableList<CategoryItem> categories = FXCollections.observableArrayList();
    private final ObjectProperty<CategoryItem> category = new SimpleObjectProperty<>();
    private final StringProperty withinDays = new SimpleStringProperty("");
    private final FieldError withinDaysError;
    private final IntegerProperty minRecency = new SimpleIntegerProperty();
    private final IntegerProperty minFrequency = new SimpleIntegerProperty();
    private final IntegerProperty minMonetary = new SimpleIntegerProperty();
    private final ObjectProperty<CampaignChannel> channel = new SimpleObjectProperty<>(CampaignChannel.EMAIL);
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper reachable = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ruleText = new ReadOnlyStringWrapper("");
    private final ObservableList<BoundaryRow> boundaries = FXCollections.observableArrayList();
    private final ObservableList<CategoryRow> topCategories = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final BooleanProperty pushing = new SimpleBooleanProperty();
    private final CoalescingLoad<SegmentFacts> factsLoad;
    private final CoalescingLoad<Evaluated> evaluate;
    private final LiveSubscription live = new LiveSubscription();
    private final Command push;
    private volatile SegmentFacts facts = SegmentFacts.EMPTY;

    @Inject
    public SegmentBuilderViewModel(SegmentSource source, TaskRunner runner, Notifier notifier, I18n i18n) {
        this.source = source;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        for (LoyaltyTier t : LoyaltyTier.values()) {
            tiers.put(t, new SimpleBooleanProperty());
        }
        withinDaysError = new FieldError(withinDays, v -> v.isBlank() || days(v) != null ? ""
                : i18n.get("segments.error.withinDays"));
        factsLoad = new CoalescingLoad<>(runner, () -> source.segments().facts(), this::showFacts, "the segment facts");
        evaluate = CoalescingLoad.latestOf(runner, this::prepareEvaluation, this::showEvaluation,
                e -> notifier.error(i18n.get("segments.loadFailed"), String.valueOf(e.getMessage())));
        List<Observable> inputs = new ArrayList<>(tiers.values());
        inputs.addAll(List.of(consent, category, withinDays, minRecency, minFrequency, minMonetary, channel));
        inputs.forEach(o -> o.addListener(x -> evaluate.run()));
        boolean mayPush = source.mayPush();
        push = Command.of(this::push, Bindings.createBooleanBinding(() -> mayPush && !name.get().isBlank()
                && reachable.get() > 0 && !pushing.get() && withinDaysError.messageProperty().get().isEmpty()
                && !factsLoad.busyProperty().get(), name, reachable, pushing, withinDaysError.messageProperty(),
                factsLoad.busyProperty()));
    }

    /// Reads the cache (again) and follows its changes while shown.
    @Override
    public void activate() {
        live.open(() -> source.onChange(() -> runner.ui().dispatch(factsLoad::run)));
        factsLoad.run();
    }

    @Override
    public void deactivate() {
        live.close();
    }

    private static Integer days(String v) {
        try {
            int d = Integer.parseInt(v.strip());
            return d >= 0 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /// The rule as the controls say now (an unreadable day count is no condition; its field shows why).
    public SegmentRule rule() {
        Set<LoyaltyTier> chosen = EnumSet.noneOf(LoyaltyTier.class);
        tiers.forEach((t, p) -> {
            if (p.get()) {
                chosen.add(t);
            }
        });
        CategoryItem c = category.get();
        return new SegmentRule(chosen, consent.get(), c == null ? null : c.id(),
                withinDays.get().isBlank() ? null : days(withinDays.get()), minRecency.get(), minFrequency.get(),
                minMonetary.get());
    }

    private void showFacts(SegmentFacts f) {
        facts = f;
        List<CategoryItem> items = new ArrayList<>();
        items.add(new CategoryItem(null, i18n.get("segments.anyCategory")));
        f.categoryNames().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> items.add(new CategoryItem(e.getKey(), e.getValue())));
        CategoryItem was = category.get();
        categories.setAll(items);
        category.set(items.stream().filter(i -> was != null && java.util.Objects.equals(i.id(), was.id())).findFirst()
                .orElse(items.getFirst()));
        Rfm.Boundaries b = f.rfm().boundaries();
        boundaries.setAll(row("segments.rfm.recency", b.recencyDays(), d -> i18n.get("segments.days", d)),
                row("segments.rfm.frequency", b.frequency(), Long::toString),
                row("segments.rfm.monetary", b.monetaryCents(), c -> Money.format(c, i18n.locale())));
        evaluate.run();
    }

    private BoundaryRow row(String key, List<Long> cuts, LongFunction<String> format) {
        List<String> s = cuts.stream().map(format::apply).toList();
        return s.size() < 4 ? new BoundaryRow(i18n.get(key), "", "", "", "")
                : new BoundaryRow(i18n.get(key), s.get(0), s.get(1), s.get(2), s.get(3));
    }

    private Callable<Evaluated> prepareEvaluation() {
        SegmentRule r = rule();
        CampaignChannel ch = channel.get();
        SegmentFacts f = facts;
        ruleText.set(r.describe());
        return () -> {
            SegmentFacts.Evaluation e = f.evaluate(r, ch);
            return new Evaluated(e, f.topCategories(e.memberIds(), 8));
        };
    }

    private void showEvaluation(Evaluated e) {
        size.set(e.evaluation().size());
        reachable.set(e.evaluation().reachable());
        CampaignChannel ch = e.evaluation().channel();
        summary.set(i18n.get("segments.summary", e.evaluation().size(), e.evaluation().reachable(),
                ch == null ? "" : i18n.get("segments.channel." + ch.name())));
        topCategories.setAll(e.top().stream().map(c -> new CategoryRow(c.name(), c.units())).toList());
    }

    private void push() {
        SegmentRule r = rule();
        CampaignChannel ch = channel.get();
        SegmentFacts f = facts;
        String n = name.get().strip();
        String d = description.get();
        pushing.set(true);
        BackgroundTask.of(() -> {
                    List<String> ids = f.reachableIds(r, ch);
                    source.segments().push(n, d, r, ids);
                    return ids.size();
                })
                .onSuccess(count -> notifier.info(i18n.get("segments.pushed", n, count)))
                .onFailure(e -> notifier.error(i18n.get("segments.pushFailed"), String.valueOf(e.getMessage())))
                .onFinished(() -> pushing.set(false))
                .runWith(runner);
    }

    public BooleanProperty tierProperty(LoyaltyTier tier) {
        return tiers.get(tier);
    }

    /// Only customers who consented to this channel (null: no condition).
    public ObjectProperty<CampaignChannel> consentProperty() {
        return consent;
    }

    public ObservableList<CategoryItem> categories() {
        return categories;
    }

    public ObjectProperty<CategoryItem> categoryProperty() {
        return category;
    }

    public StringProperty withinDaysProperty() {
        return withinDays;
    }

    public ObservableStringValue withinDaysErrorProperty() {
        return withinDaysError.messageProperty();
    }

    public IntegerProperty minRecencyProperty() {
        return minRecency;
    }

    public IntegerProperty minFrequencyProperty() {
        return minFrequency;
    }

    public IntegerProperty minMonetaryProperty() {
        return minMonetary;
    }

    /// The campaign channel reachability is counted for.
    public ObjectProperty<CampaignChannel> channelProperty() {
        return channel;
    }

    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty reachableProperty() {
        return reachable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ruleTextProperty() {
        return ruleText.getReadOnlyProperty();
    }

    public ObservableList<BoundaryRow> boundaries() {
        return boundaries;
    }

    public ObservableList<CategoryRow> topCategories() {
        return topCategories;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /// Queues the reachable members as a platform segment; never executable for a role without `createSegment`.
    public Command pushCommand() {
        return push;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return factsLoad.busyProperty();
    }
}
