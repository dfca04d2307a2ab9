package com.trendythreads.opsdesk.viewmodels.dashboard;

import com.trendythreads.opsdesk.cache.kpi.Kpi;
import com.trendythreads.opsdesk.cache.kpi.KpiValue;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// One tile of the dashboard: the figure as text, its change against the comparison period (arrow and
/// whether that is good news), the daily sparkline, and a note where the figure is not a local one.
public final class KpiTileViewModel {

    /// What the tile can show.
    public enum State {
        /// not computed yet
        LOADING,
        /// a figure (possibly "—" when there is nothing to divide by)
        READY,
        /// the user's role may not read the data behind it
        NOT_PERMITTED,
        /// needs the platform, and nothing was ever fetched
        UNAVAILABLE
    }

    /// Which way the figure moved against the comparison period.
    public enum Trend { UP, DOWN, FLAT, NONE }

    private final Kpi kpi;
    private final String title;
    private final String definition;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(KpiFormat.NONE);
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previous = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Trend> trend = new ReadOnlyObjectWrapper<>(Trend.NONE);
    private final ReadOnlyObjectWrapper<Boolean> goodNews = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<KpiValue> figure = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Double> sparkline = FXCollections.observableArrayList();

    public KpiTileViewModel(Kpi kpi, I18n i18n) {
        this.kpi = kpi;
        this.title = i18n.get("kpi." + kpi.name() + ".title");
        this.definition = i18n.get("kpi." + kpi.name() + ".definition");
    }

    /// Shows a computed figure.
    void show(KpiValue v, KpiFormat format, I18n i18n) {
        figure.set(v);
        State s = switch (v.source()) {
            case NOT_PERMITTED -> State.NOT_PERMITTED;
            case UNAVAILABLE -> State.UNAVAILABLE;
            default -> State.READY;
        };
        value.set(s == State.READY ? format.value(kpi, v.value()) : KpiFormat.NONE);
        change.set(s == State.READY ? format.change(kpi, v.value(), v.previous()) : "");
        previous.set(s == State.READY && v.previous() != null
                ? i18n.get("dashboard.tile.previous", format.value(kpi, v.previous())) : "");
        note.set(switch (v.source()) {
            case LOCAL -> "";
            case PLATFORM -> i18n.get("dashboard.tile.fromPlatform");
            case PLATFORM_CACHED -> i18n.get("dashboard.tile.platformCached");
            case NOT_PERMITTED -> i18n.get("dashboard.tile.notPermitted");
            case UNAVAILABLE -> i18n.get("dashboard.tile.needsPlatform");
        });
        Trend t = Trend.NONE;
        if (s == State.READY && v.value() != null && v.previous() != null) {
            t = trend(kpi, v.value(), v.previous());
        }
        trend.set(t);
        Boolean good = null;
        if (t == Trend.UP || t == Trend.DOWN) {
            good = (t == Trend.UP) == kpi.higherIsBetter();
        }
        goodNews.set(good);
        sparkline.setAll(s == State.READY ? v.sparkline() : java.util.List.of());
        state.set(s);
    }

    // A move too small to show at one decimal (0.05 pp, or 0.05 % of the comparison) is no move: the arrow
    // must not be red over a "−0.0".
    static Trend trend(Kpi kpi, double value, double previous) {
        double diff = value - previous;
        double scale = kpi.unit() == Kpi.Unit.PERCENT ? 1 : Math.abs(previous);
        if (scale == 0 ? diff == 0 : Math.abs(diff) / scale < 0.0005) {
            return Trend.FLAT;
        }
        return diff > 0 ? Trend.UP : Trend.DOWN;
    }

    /// No source computes this figure in this build or for this session.
    void unavailable(I18n i18n) {
        show(KpiValue.missing(kpi, KpiValue.Source.UNAVAILABLE), null, i18n);
        note.set(i18n.get("dashboard.tile.noSource"));
    }

    public Kpi kpi() {
        return kpi;
    }

    public String title() {
        return title;
    }

    /// The definition from docs/KPIS.md, for the info tooltip.
    public String definition() {
        return definition;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /// The figure as the tile shows it ("€12,345", "4.2 %", "—").
    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /// The change against the comparison period ("+12.5 %", "−1.0 pp"), empty without one.
    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    /// The comparison period's figure ("vs €10,973"), empty without one.
    public ReadOnlyStringProperty previousProperty() {
        return previous.getReadOnlyProperty();
    }

    /// Where the figure came from when that is not this computer's cache, or why there is none.
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Trend> trendProperty() {
        return trend.getReadOnlyProperty();
    }

    /// Whether the move is good news (a rise of a figure where higher is better), `null` when it did not move.
    public ReadOnlyObjectProperty<Boolean> goodNewsProperty() {
        return goodNews.getReadOnlyProperty();
    }

    /// The last figure shown, or `null` before the first.
    public ReadOnlyObjectProperty<KpiValue> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    /// One point per day, oldest first; empty where a trend does not help.
    public ObservableList<Double> sparkline() {
        return sparkline;
    }
}
