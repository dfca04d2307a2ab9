package com.trendythreads.opsdesk.viewmodels.segments;

import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.cache.repo.OrderRepository;
import com.trendythreads.opsdesk.cache.segments.SegmentFacts;
import com.trendythreads.opsdesk.cache.segments.SegmentRule;
import com.trendythreads.opsdesk.cache.segments.Segments;
import com.trendythreads.opsdesk.viewmodels.common.CoalescingLoad;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Personalization for merchandisers and marketers, computed locally: for a product, the items most often in
/// the same cached order ([OrderRepository#boughtTogether]); for a segment, the categories its customers bought
/// most (units in cached orders that are not cancelled).
public final class PersonalizationViewModel {

    /// How many bought-together items and top categories are shown.
    public static final int TOP = 10;

    /// A segment to look at: a named rule.
    public record SegmentChoice(String name, SegmentRule rule) {
        @Override
        public String toString() {
            return name;
        }
    }

    public record ProductItem(String id, String title) {
        @Override
        public String toString() {
            return title == null ? id : title + " (" + id + ")";
        }
    }

    public record TogetherRow(String productId, String title, int orders) {
    }

    public record CategoryRow(String name, long units) {
    }

    private record SegmentResult(int members, List<SegmentFacts.CategoryCount> top) {
    }

    private final SegmentSource source;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final StringProperty productSearch = new SimpleStringProperty("");
    private final ObservableList<ProductItem> products = FXCollections.observableArrayList();
    private final ObjectProperty<ProductItem> product = new SimpleObjectProperty<>();
    private final ObservableList<TogetherRow> together = FXCollections.observableArrayList();
    private final ObservableList<SegmentChoice> segmentChoices = FXCollections.observableArrayList();
    private final ObjectProperty<SegmentChoice> segment = new SimpleObjectProperty<>();
    private final ObservableList<CategoryRow> topCategories = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper segmentSummary = new ReadOnlyStringWrapper("");
    private final CoalescingLoad<List<ProductItem>> search;
    private final CoalescingLoad<List<TogetherRow>> togetherLoad;
    private final CoalescingLoad<SegmentResult> segmentLoad;
    private volatile SegmentFacts facts;

    @Inject
    public PersonalizationViewModel(SegmentSource source, TaskRunner runner, Notifier notifier, I18n i18n) {
        this.source = source;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        search = CoalescingLoad.latestOf(runner, this::prepareSearch, products::setAll, this::failed);
        togetherLoad = CoalescingLoad.latestOf(runner, this::prepareTogether, together::setAll, this::failed);
        segmentLoad = CoalescingLoad.latestOf(runner, this::prepareSegment, this::showSegment, this::failed);
        productSearch.addListener(o -> search.run());
        product.addListener(o -> togetherLoad.run());
        segment.addListener(o -> segmentLoad.run());
        List<SegmentChoice> choices = new ArrayList<>();
        choices.add(new SegmentChoice(i18n.get("segments.preset.all"), SegmentRule.EVERYONE));
        choices.add(new SegmentChoice(i18n.get("segments.preset.champions"),
                new SegmentRule(Set.of(), null, null, null, 4, 4, 4)));
        choices.add(new SegmentChoice(i18n.get("segments.preset.recent"),
                new SegmentRule(Set.of(), null, null, 30, 0, 0, 0)));
        for (LoyaltyTier t : LoyaltyTier.values()) {
            choices.add(new SegmentChoice(i18n.get("segments.tier." + t.name()),
                    new SegmentRule(Set.of(t), null, null, null, 0, 0, 0)));
        }
        segmentChoices.setAll(choices);
    }

    /// Lists the first products and looks at every customer.
    public void load() {
        search.run();
        segment.set(segmentChoices.getFirst());
    }

    private void failed(Throwable e) {
        notifier.error(i18n.get("segments.loadFailed"), String.valueOf(e.getMessage()));
    }

    private Callable<List<ProductItem>> prepareSearch() {
        String text = productSearch.get();
        return () -> source.segments().productChoices(text, 200).stream()
                .map(p -> new ProductItem(p.id(), p.title())).toList();
    }

    private Callable<List<TogetherRow>> prepareTogether() {
        ProductItem p = product.get();
        return () -> p == null ? List.of() : source.data().orders().boughtTogether(p.id(), TOP).stream()
                .map(b -> new TogetherRow(b.productId(), b.title(), b.orders())).toList();
    }

    private Callable<SegmentResult> prepareSegment() {
        SegmentChoice c = segment.get();
        return () -> {
            if (c == null) {
                return new SegmentResult(0, List.of());
            }
            SegmentFacts f = facts;
            if (f == null) {
                Segments s = source.segments();
                f = s.facts();
                facts = f;
            }
            List<String> ids = f.evaluate(c.rule(), null).memberIds();
            return new SegmentResult(ids.size(), f.topCategories(ids, TOP));
        };
    }

    private void showSegment(SegmentResult r) {
        topCategories.setAll(r.top().stream().map(c -> new CategoryRow(c.name(), c.units())).toList());
        segmentSummary.set(i18n.get("segments.personalization.members", r.members()));
    }

    /// Forgets the computed facts so the next segment choice reads the cache again.
    public void refresh() {
        facts = null;
        segmentLoad.run();
        togetherLoad.run();
    }

    public StringProperty productSearchProperty() {
        return productSearch;
    }

    public ObservableList<ProductItem> products() {
        return products;
    }

    public ObjectProperty<ProductItem> productProperty() {
        return product;
    }

    public ObservableList<TogetherRow> together() {
        return together;
    }

    public ObservableList<SegmentChoice> segmentChoices() {
        return segmentChoices;
    }

    public ObjectProperty<SegmentChoice> segmentProperty() {
        return segment;
    }

    public ObservableList<CategoryRow> topCategories() {
        return topCategories;
    }

    public ReadOnlyStringProperty segmentSummaryProperty() {
        return segmentSummary.getReadOnlyProperty();
    }
}
