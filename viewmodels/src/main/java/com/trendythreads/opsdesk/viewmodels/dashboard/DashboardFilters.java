package com.trendythreads.opsdesk.viewmodels.dashboard;

import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.inventory.Location;
import com.trendythreads.opsdesk.cache.kpi.KpiFilter;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The dashboard's filters: period (today, 7 days, 30 days, or a custom range of the shop's calendar days), location,
/// channel and category (with its sub-categories), turned into a [KpiFilter].
public final class DashboardFilters {

    private final I18n i18n;
    private final ObjectProperty<DashboardPeriod> period = new SimpleObjectProperty<>(DashboardPeriod.TODAY);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoice> location = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoice> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoice> category = new SimpleObjectProperty<>();
    private final ObservableList<FilterChoice> locations = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> channels = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> categories = FXCollections.observableArrayList();
    private DashboardChoices choices = DashboardChoices.NONE;

    DashboardFilters(I18n i18n) {
        this.i18n = i18n;
        List<FilterChoice> ch = new ArrayList<>();
        ch.add(new FilterChoice(null, i18n.get("dashboard.filter.allChannels")));
        for (OrderChannel c : OrderChannel.values()) {
            ch.add(new FilterChoice(c.name(), i18n.get("dashboard.channel." + c.name())));
        }
        channels.setAll(ch);
        channel.set(ch.getFirst());
        setChoices(DashboardChoices.NONE);
    }

    /// Everything a change of which means new figures.
    Observable[] dependencies() {
        return new Observable[] {period, customFrom, customTo, location, channel, category};
    }

    void setChoices(DashboardChoices c) {
        this.choices = c;
        String loc = location.get() == null ? null : location.get().id();
        String cat = category.get() == null ? null : category.get().id();
        List<FilterChoice> locs = new ArrayList<>();
        locs.add(new FilterChoice(null, i18n.get("dashboard.filter.allLocations")));
        c.locations().stream().sorted(Comparator.comparing(Location::name))
                .forEach(l -> locs.add(new FilterChoice(l.id(), l.name())));
        List<FilterChoice> cats = new ArrayList<>();
        cats.add(new FilterChoice(null, i18n.get("dashboard.filter.allCategories")));
        c.categories().stream().sorted(Comparator.comparing(Category::name))
                .forEach(k -> cats.add(new FilterChoice(k.id(), k.name())));
        locations.setAll(locs);
        categories.setAll(cats);
        location.set(locs.stream().filter(l -> java.util.Objects.equals(l.id(), loc)).findFirst().orElse(locs.getFirst()));
        category.set(cats.stream().filter(k -> java.util.Objects.equals(k.id(), cat)).findFirst().orElse(cats.getFirst()));
    }

    /// The filter for the chosen period ending `today` (the shop's sale day). A custom range missing a day, or given the
    /// wrong way round, is read as the days it does name.
    public KpiFilter filter(LocalDate today) {
        LocalDate from;
        LocalDate to;
        if (period.get() == DashboardPeriod.CUSTOM) {
            from = customFrom.get() != null ? customFrom.get() : customTo.get() != null ? customTo.get() : today;
            to = customTo.get() != null ? customTo.get() : from;
            if (to.isBefore(from)) {
                LocalDate t = from;
                from = to;
                to = t;
            }
        } else {
            to = today;
            from = today.minusDays(period.get().days() - 1L);
        }
        String cat = id(category);
        return new KpiFilter(from, to, id(location), id(channel), cat == null ? Set.of() : choices.withDescendants(cat));
    }

    private static String id(ObjectProperty<FilterChoice> p) {
        return p.get() == null ? null : p.get().id();
    }

    public ObjectProperty<DashboardPeriod> periodProperty() {
        return period;
    }

    /// First day of a custom range (used when the period is CUSTOM).
    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    public ObjectProperty<FilterChoice> locationProperty() {
        return location;
    }

    public ObjectProperty<FilterChoice> channelProperty() {
        return channel;
    }

    public ObjectProperty<FilterChoice> categoryProperty() {
        return category;
    }

    public ObservableList<FilterChoice> locations() {
        return locations;
    }

    public ObservableList<FilterChoice> channels() {
        return channels;
    }

    public ObservableList<FilterChoice> categories() {
        return categories;
    }
}
