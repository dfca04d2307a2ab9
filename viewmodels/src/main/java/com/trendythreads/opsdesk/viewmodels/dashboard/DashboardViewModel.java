package com.trendythreads.opsdesk.viewmodels.dashboard;

import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.cache.kpi.Kpi;
import com.trendythreads.opsdesk.cache.kpi.KpiFilter;
import com.trendythreads.opsdesk.cache.kpi.KpiSource;
import com.trendythreads.opsdesk.cache.kpi.KpiValue;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.sync.SyncStatus;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import com.trendythreads.opsdesk.viewmodels.shell.Workspace;
import com.trendythreads.opsdesk.viewmodels.shell.Workspaces;
import jakarta.inject.Inject;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The KPI tiles screen: one tile per [Kpi] for the chosen filters, computed in the background from the
/// session's [KpiSource]s. When a source reports changed figures only those tiles are computed again; a
/// click on a tile opens the records behind it ([DrillDownViewModel]). Offline it says "as of" the last
/// sync. Exports the figures as CSV and a picture of the screen as PNG.
public final class DashboardViewModel implements Activatable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardViewModel.class);

    private final KpiSources sources;
    private final SessionState sessions;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private static final Duration CHOICES_MAX_AGE = Duration.ofMinutes(5);

    private final Clock clock;
    private final KpiFormat format;
    private final DashboardFilters filters;
    private final DrillDownViewModel drill;
    private final ObservableList<KpiTileViewModel> tiles = FXCollections.observableArrayList();
    private final Map<Kpi, KpiTileViewModel> byKpi = new EnumMap<>(Kpi.class);
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper asOf = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper liveUpdates = new ReadOnlyLongWrapper();
    private final Set<Kpi> dirty = EnumSet.noneOf(Kpi.class);
    private final List<AutoCloseable> subscriptions = new ArrayList<>();
    private volatile Map<Kpi, KpiSource> owners = Map.of();
    private boolean computing;
    private boolean active;
    private boolean settingChoices;
    // When the filter choices were read, and whether the cache had any locations then: a dashboard opened
    // before the first sync finished (a manager's home screen at sign-in) reads them again once it has.
    private Instant choicesReadAt;
    private boolean choicesComplete;

    @Inject
    public DashboardViewModel(KpiSources sources, SessionState sessions, RecordLinks links, Workspaces workspaces,
                              TaskRunner runner, Notifier notifier, I18n i18n, Clock clock) {
        this.sources = sources;
        this.sessions = sessions;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        this.clock = clock;
        this.format = new KpiFormat(i18n);
        this.filters = new DashboardFilters(i18n);
        Set<String> visible = sessions.current() == null ? Set.of() : workspaces.visibleTo(sessions.current().user())
                .stream().map(Workspace::id).collect(java.util.stream.Collectors.toSet());
        this.drill = new DrillDownViewModel(runner, i18n, format, links, visible::contains);
        for (Kpi k : Kpi.values()) {
            KpiTileViewModel t = new KpiTileViewModel(k, i18n);
            tiles.add(t);
            byKpi.put(k, t);
        }
        for (var dep : filters.dependencies()) {
            dep.addListener(o -> filtersChanged());
        }
        showPeriod();
    }

    @Override
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        UserSession session = sessions.current();
        if (session != null) {
            subscriptions.add(session.status().onStatus(s -> runner.ui().dispatch(() -> showStatus(s))));
            showStatus(session.status().current());
        }
        BackgroundTask.of(() -> new Opened(sources.current(), sources.choices()))
                .onStart(() -> busy.set(true))
                .onSuccess(this::opened)
                .onFailure(e -> {
                    busy.set(false);
                    notifier.error(i18n.get("dashboard.loadFailed"), String.valueOf(e.getMessage()));
                })
                .runWith(runner);
    }

    private record Opened(List<KpiSource> sources, DashboardChoices choices) {
    }

    private void opened(Opened o) {
        if (!active) {
            return;
        }
        Map<Kpi, KpiSource> map = new EnumMap<>(Kpi.class);
        for (KpiSource s : o.sources()) {
            s.kpis().forEach(k -> map.putIfAbsent(k, s));
            subscriptions.add(s.onChange(changed -> runner.ui().dispatch(() -> liveChange(changed))));
        }
        owners = Map.copyOf(map);
        setChoices(o.choices());
        refresh();
    }

    @Override
    public void deactivate() {
        active = false;
        for (AutoCloseable c : subscriptions) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("Closing a dashboard subscription failed", e);
            }
        }
        subscriptions.clear();
    }

    /// Computes every tile again (F5).
    public void refresh() {
        showPeriod();
        recompute(EnumSet.allOf(Kpi.class));
        if (drill.kpiProperty().get() != null) {
            openTile(byKpi.get(drill.kpiProperty().get()));
        }
    }

    private void filtersChanged() {
        if (settingChoices) {
            return;
        }
        if (active) {
            refresh();
        } else {
            showPeriod();
        }
    }

    private void liveChange(Set<Kpi> changed) {
        if (!active || changed.isEmpty()) {
            return;
        }
        liveUpdates.set(liveUpdates.get() + 1);
        recompute(changed);
    }

    // Changes that arrive while a computation runs are collected and computed together right after it.
    private void recompute(Set<Kpi> kpis) {
        dirty.addAll(kpis);
        if (!computing) {
            computeDirty();
        }
    }

    private void computeDirty() {
        Set<Kpi> batch = EnumSet.copyOf(dirty);
        dirty.clear();
        KpiFilter filter = currentFilter();
        Map<Kpi, KpiSource> sourceOf = owners;
        computing = true;
        BackgroundTask.of(() -> compute(batch, filter, sourceOf))
                .onStart(() -> busy.set(true))
                .onSuccess(values -> {
                    // The filters changed meanwhile: every tile is being computed again for the new ones.
                    if (!filter.equals(currentFilter())) {
                        return;
                    }
                    values.forEach((k, v) -> {
                        KpiTileViewModel t = byKpi.get(k);
                        if (v == null) {
                            t.unavailable(i18n);
                        } else {
                            t.show(v, format, i18n);
                        }
                    });
                })
                .onFailure(e -> LOG.warn("Computing dashboard figures failed", e))
                .onFinished(() -> {
                    computing = false;
                    if (!dirty.isEmpty()) {
                        computeDirty();
                    } else {
                        busy.set(false);
                    }
                })
                .runWith(runner);
    }

    // Off the UI thread. A figure that fails is shown as unavailable; the others still show.
    private static Map<Kpi, KpiValue> compute(Set<Kpi> kpis, KpiFilter filter, Map<Kpi, KpiSource> sourceOf) {
        Map<Kpi, KpiValue> out = new LinkedHashMap<>();
        for (Kpi k : kpis) {
            KpiSource s = sourceOf.get(k);
            KpiValue v = null;
            if (s != null) {
                try {
                    v = s.value(k, filter);
                } catch (RuntimeException e) {
                    LOG.warn("Computing {} failed", k, e);
                    v = KpiValue.missing(k, KpiValue.Source.UNAVAILABLE);
                }
            }
            out.put(k, v);
        }
        return out;
    }

    /// Opens the records behind a tile.
    public void openTile(KpiTileViewModel tile) {
        if (tile != null) {
            drill.load(tile.kpi(), owners.get(tile.kpi()), currentFilter());
        }
    }

    /// The filter the tiles show now.
    public KpiFilter currentFilter() {
        return filters.filter(SalesCalendar.saleDay(clock.instant()));
    }

    private void showPeriod() {
        KpiFilter f = currentFilter();
        KpiFilter c = f.comparison();
        String now = format.dateTime(clock.instant(), SalesCalendar.ZONE);
        periodText.set(f.length() == 1
                ? i18n.get("dashboard.period.day", format.date(f.from()), format.date(c.from()), now)
                : i18n.get("dashboard.period.range", format.date(f.from()), format.date(f.to()),
                        format.date(c.from()), format.date(c.to()), now));
    }

    private void setChoices(DashboardChoices c) {
        choicesReadAt = clock.instant();
        choicesComplete = !c.locations().isEmpty();
        settingChoices = true;
        try {
            filters.setChoices(c);
        } finally {
            settingChoices = false;
        }
    }

    /// After a sync, the locations and categories are read again if they were missing, or every few minutes
    /// (a new category shows without reopening the dashboard).
    private void refreshChoicesAfter(SyncStatus s) {
        if (s == null || s.lastSync() == null || choicesReadAt == null || !active) {
            return;
        }
        if (choicesComplete && Duration.between(choicesReadAt, clock.instant()).compareTo(CHOICES_MAX_AGE) < 0) {
            return;
        }
        choicesReadAt = clock.instant();
        BackgroundTask.of(sources::choices)
                .onSuccess(c -> {
                    if (active) {
                        setChoices(c);
                    }
                })
                .onFailure(e -> LOG.warn("Reading the dashboard's filter choices failed", e))
                .runWith(runner);
    }

    private void showStatus(SyncStatus s) {
        refreshChoicesAfter(s);
        if (s == null || s.connectivity() == Connectivity.ONLINE) {
            asOf.set("");
        } else if (s.lastSync() == null) {
            asOf.set(i18n.get("dashboard.asOf.never"));
        } else {
            asOf.set(i18n.get("dashboard.asOf", format.dateTime(s.lastSync(), clock.getZone())));
        }
    }

    /// Writes the figures shown now to a CSV (or XLSX) file, one row per figure.
    public void exportValues(Path file) {
        KpiFilter f = currentFilter();
        List<String> header = KpiCsv.header(i18n);
        List<List<Object>> rows = KpiCsv.rows(tiles, f, filters, i18n);
        BackgroundTask.ofRunnable(() -> {
                    TableFiles.write(file, header, rows);
                    reportExport(file, rows.size());
                })
                .onSuccess(x -> notifier.info(i18n.get("dashboard.export.done", file.getFileName())))
                .onFailure(e -> notifier.error(i18n.get("dashboard.export.failed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    /// Writes a picture of the dashboard (taken by the View) as a PNG file.
    public void exportImage(Path file, RenderedImage image) {
        BackgroundTask.ofRunnable(() -> {
            try {
                ImageIO.write(image, "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reportExport(file, tiles.size());
        }).onSuccess(x -> notifier.info(i18n.get("dashboard.export.done", file.getFileName())))
                .onFailure(e -> notifier.error(i18n.get("dashboard.export.failed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    /// Every export is audited (issue #10), a picture of the figures too: it leaves the desk like a CSV does.
    /// Through the session's outbox, so one made offline reaches the audit log once the desk is back online.
    private void reportExport(Path file, int figures) {
        UserSession session = sessions.current();
        if (session == null) {
            throw new IllegalStateException("no one is signed in");
        }
        session.data().audit().reportExport(file, "kpi", figures, false);
    }

    public DashboardFilters filters() {
        return filters;
    }

    public DrillDownViewModel drill() {
        return drill;
    }

    /// Every tile, in the order of [Kpi].
    public ObservableList<KpiTileViewModel> tiles() {
        return tiles;
    }

    public KpiTileViewModel tile(Kpi kpi) {
        return byKpi.get(kpi);
    }

    /// The period shown and the one it is compared with, and the shop's time now.
    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    /// "As of <last sync>" while offline, empty online.
    public ReadOnlyStringProperty asOfProperty() {
        return asOf.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// How many change notifications from the sources were applied (live updates).
    public ReadOnlyLongProperty liveUpdatesProperty() {
        return liveUpdates.getReadOnlyProperty();
    }
}
