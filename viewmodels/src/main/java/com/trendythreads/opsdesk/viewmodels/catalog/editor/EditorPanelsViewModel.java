package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.service.AuditApi;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.outbox.Outbox;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.repo.OrderRepository;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The editor's side panels, both computed from the local cache in the background:
///
/// - **History**: online, the platform's audit log of the product (`listRecordHistory`: who changed which
///   fields from any desk), after this desk's edits still waiting; offline (or refused), what this desk
///   knows: its own edits (queued ones, and what became of the sent ones: sent, merged, conflict, refused)
///   and the version the platform last reported.
/// - **Bought together**: the products most often in the same cached order, top 5 with counts.
public final class EditorPanelsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(EditorPanelsViewModel.class);
    static final int TOP = 5;

    private record Panels(List<HistoryItem> history, List<BoughtItem> bought) {
    }

    private final TaskRunner runner;
    private final I18n i18n;
    private final LocalData data;
    private final Outbox outbox;
    private final String user;
    private final Supplier<AuditApi> audit;
    private final ObservableList<HistoryItem> history = FXCollections.observableArrayList();
    private final ObservableList<BoughtItem> bought = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    /// @param outbox null when the session has no sync engine (then only the platform's version shows)
    /// @param audit  the platform's audit operations (giving null while offline), null when the session has
    ///               no sync engine
    EditorPanelsViewModel(TaskRunner runner, I18n i18n, LocalData data, Outbox outbox, String user,
                          Supplier<AuditApi> audit) {
        this.audit = audit;
        this.runner = runner;
        this.i18n = i18n;
        this.data = data;
        this.outbox = outbox;
        this.user = user;
    }

    void load(Product p) {
        if (p == null || p.id() == null) {
            history.clear();
            bought.clear();
            return;
        }
        loading.set(true);
        BackgroundTask.of(() -> compute(p))
                .onSuccess(r -> {
                    history.setAll(r.history());
                    bought.setAll(r.bought());
                })
                .onFailure(e -> LOG.warn("Loading the history of {} failed", p.id(), e))
                .onFinished(() -> loading.set(false))
                .runWith(runner);
    }

    private Panels compute(Product p) {
        List<HistoryItem> lines = new ArrayList<>();
        List<HistoryItem> platform = platformHistory(p.id());
        if (platform != null) {
            if (outbox != null) {
                for (OutboxEntry e : outbox.entriesOf("product", p.id()).reversed()) {
                    lines.add(new HistoryItem(when(e.createdAt()), user, e.description(),
                            i18n.get("editor.history.state." + e.status().name().toLowerCase(Locale.ROOT))));
                }
            }
            lines.addAll(platform);
        } else if (outbox != null) {
            for (OutboxEntry e : outbox.entriesOf("product", p.id()).reversed()) {
                lines.add(new HistoryItem(when(e.createdAt()), user, e.description(),
                        i18n.get("editor.history.state." + e.status().name().toLowerCase(Locale.ROOT))));
            }
            for (Outbox.HistoryLine h : outbox.historyOf("product", p.id(), 50)) {
                lines.add(new HistoryItem(when(h.at()), user, h.detail(),
                        i18n.get("editor.history.kind." + h.kind().toLowerCase(Locale.ROOT))));
            }
        }
        if (platform == null && p.version() > 0) {
            lines.add(new HistoryItem(p.updatedAt() == null ? "" : when(p.updatedAt()), i18n.get("editor.history.platform"),
                    i18n.get("editor.history.version", p.version()), i18n.get("editor.history.kind.seen")));
        }
        List<BoughtItem> top = new ArrayList<>();
        for (OrderRepository.BoughtWith b : data.orders().boughtTogether(p.id(), TOP)) {
            String title = data.products().get(b.productId()).map(Product::title).orElse(b.title());
            top.add(new BoughtItem(b.productId(), title == null ? b.productId() : title, b.orders()));
        }
        return new Panels(lines, top);
    }

    /// The platform's audit events of the product, newest first; null when offline or refused.
    private List<HistoryItem> platformHistory(String productId) {
        if (audit == null) {
            return null;
        }
        com.trendythreads.opsdesk.api.service.AuditApi api = audit.get();
        if (api == null) {
            return null; // offline: this desk's own history
        }
        try {
            return api.listRecordHistory("product", productId, null, 50).items().stream()
                    .map(e -> new HistoryItem(when(e.at()), e.username(), e.summary(),
                            i18n.get("editor.history.kind.audit", e.action())))
                    .toList();
        } catch (RuntimeException e) {
            LOG.debug("The platform's history of {} could not be read; showing this desk's", productId, e);
            return null;
        }
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault()).format(at);
    }

    /// Newest first.
    public ObservableList<HistoryItem> history() {
        return history;
    }

    public ObservableList<BoughtItem> bought() {
        return bought;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
