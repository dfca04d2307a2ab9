package com.trendythreads.opsdesk.viewmodels.catalog;

import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.cache.catalog.CatalogIndex;
import com.trendythreads.opsdesk.cache.catalog.CatalogQuery;
import com.trendythreads.opsdesk.cache.catalog.CatalogQuery.StockFilter;
import com.trendythreads.opsdesk.cache.catalog.CategoryTree;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The product list's search field and filters, with the options of each filter menu. The first
/// option of each menu is "any" (value `null`).
public final class ProductFilters {

    private final I18n i18n;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<FilterOption<String>> categories = FXCollections.observableArrayList();
    private final ObservableList<FilterOption<String>> brands = FXCollections.observableArrayList();
    private final ObservableList<FilterOption<String>> seasons = FXCollections.observableArrayList();
    private final ObservableList<FilterOption<ProductStatus>> statuses = FXCollections.observableArrayList();
    private final ObservableList<FilterOption<Channel>> channels = FXCollections.observableArrayList();
    private final ObservableList<FilterOption<StockFilter>> stocks = FXCollections.observableArrayList();
    private final ObjectProperty<FilterOption<String>> category;
    private final ObjectProperty<FilterOption<String>> brand;
    private final ObjectProperty<FilterOption<String>> season;
    private final ObjectProperty<FilterOption<ProductStatus>> status;
    private final ObjectProperty<FilterOption<Channel>> channel;
    private final ObjectProperty<FilterOption<StockFilter>> stock;
    private final BooleanProperty incompleteOnly = new SimpleBooleanProperty();

    ProductFilters(I18n i18n, CatalogFormat format) {
        this.i18n = i18n;
        categories.add(any("catalog.filter.anyCategory"));
        brands.add(any("catalog.filter.anyBrand"));
        seasons.add(any("catalog.filter.anySeason"));
        statuses.add(any("catalog.filter.anyStatus"));
        for (ProductStatus s : ProductStatus.values()) {
            statuses.add(new FilterOption<>(s, format.status(s), 0));
        }
        channels.add(any("catalog.filter.anyChannel"));
        for (Channel c : Channel.values()) {
            channels.add(new FilterOption<>(c, i18n.get("catalog.channel." + c.name().toLowerCase(Locale.ROOT)), 0));
        }
        for (StockFilter f : StockFilter.values()) {
            stocks.add(new FilterOption<>(f, i18n.get("catalog.filter.stock." + f.name().toLowerCase(Locale.ROOT)), 0));
        }
        category = new SimpleObjectProperty<>(categories.getFirst());
        brand = new SimpleObjectProperty<>(brands.getFirst());
        season = new SimpleObjectProperty<>(seasons.getFirst());
        status = new SimpleObjectProperty<>(statuses.getFirst());
        channel = new SimpleObjectProperty<>(channels.getFirst());
        stock = new SimpleObjectProperty<>(stocks.getFirst());
    }

    private <T> FilterOption<T> any(String key) {
        return new FilterOption<>(null, i18n.get(key), 0);
    }

    /// Calls `listener` whenever the text or a filter changes.
    void onChange(InvalidationListener listener) {
        text.addListener(listener);
        category.addListener(listener);
        brand.addListener(listener);
        season.addListener(listener);
        status.addListener(listener);
        channel.addListener(listener);
        stock.addListener(listener);
        incompleteOnly.addListener(listener);
    }

    /// Fills the category, brand and season menus from the index (keeping the current choices).
    void refreshOptions(CatalogIndex index) {
        List<FilterOption<String>> cats = new ArrayList<>(List.of(categories.getFirst()));
        for (CategoryTree.Node n : index.categories().nodes()) {
            cats.add(new FilterOption<>(n.id(), n.name(), n.depth()));
        }
        replace(categories, cats, category);
        replace(brands, values(brands.getFirst(), index.brands()), brand);
        replace(seasons, values(seasons.getFirst(), index.seasons()), season);
    }

    private static List<FilterOption<String>> values(FilterOption<String> any, List<String> values) {
        List<FilterOption<String>> out = new ArrayList<>(List.of(any));
        values.forEach(v -> out.add(new FilterOption<>(v, v, 0)));
        return out;
    }

    private static <T> void replace(ObservableList<FilterOption<T>> options, List<FilterOption<T>> next,
                                    ObjectProperty<FilterOption<T>> chosen) {
        if (options.equals(next)) {
            return;
        }
        T value = chosen.get().value();
        options.setAll(next);
        select(chosen, options, value);
    }

    /// Chooses the option with `value` (the "any" option when there is none).
    static <T> void select(ObjectProperty<FilterOption<T>> chosen, List<FilterOption<T>> options, T value) {
        chosen.set(options.stream().filter(o -> Objects.equals(o.value(), value)).findFirst()
                .orElse(options.getFirst()));
    }

    CatalogQuery query(CatalogQuery base) {
        FilterOption<StockFilter> s = stock.get();
        return base.withText(text.get()).withCategory(category.get().value()).withBrand(brand.get().value())
                .withSeason(season.get().value()).withStatus(status.get().value()).withChannel(channel.get().value())
                .withIncompleteOnly(incompleteOnly.get())
                .withStock(s.value() == null ? StockFilter.ANY : s.value(), base.lowStockThreshold());
    }

    /// Sets every filter from a saved view.
    void apply(SavedView v) {
        text.set(v.text());
        select(category, categories, v.categoryId());
        select(brand, brands, v.brand());
        select(season, seasons, v.season());
        select(status, statuses, v.status());
        select(channel, channels, v.channel());
        select(stock, stocks, v.stock());
        incompleteOnly.set(v.incompleteOnly());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<FilterOption<String>> categoryProperty() {
        return category;
    }

    public ObjectProperty<FilterOption<String>> brandProperty() {
        return brand;
    }

    public ObjectProperty<FilterOption<String>> seasonProperty() {
        return season;
    }

    public ObjectProperty<FilterOption<ProductStatus>> statusProperty() {
        return status;
    }

    public ObjectProperty<FilterOption<Channel>> channelProperty() {
        return channel;
    }

    public ObjectProperty<FilterOption<StockFilter>> stockProperty() {
        return stock;
    }

    public BooleanProperty incompleteOnlyProperty() {
        return incompleteOnly;
    }

    public ObservableList<FilterOption<String>> categories() {
        return categories;
    }

    public ObservableList<FilterOption<String>> brands() {
        return brands;
    }

    public ObservableList<FilterOption<String>> seasons() {
        return seasons;
    }

    public ObservableList<FilterOption<ProductStatus>> statuses() {
        return statuses;
    }

    public ObservableList<FilterOption<Channel>> channels() {
        return channels;
    }

    public ObservableList<FilterOption<StockFilter>> stocks() {
        return stocks;
    }
}
