package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.outbox.Conflicts;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.sync.ConflictItem;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The editor's view of sync: open conflicts of this product (the banner with keep mine / take theirs
/// per field, the same [ConflictItem]s as the sync workspace), and whether the product changed on the
/// platform while the form had unsaved edits ("changed on the platform", reload).
public final class EditorSyncState {

    private record Remote(Product product, List<ConflictItem> conflicts) {
    }

    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final LocalData data;
    private final Conflicts conflictStore;
    private final Consumer<Product> productChanged;
    private final ObservableList<ConflictItem> conflicts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper changedOnPlatform = new ReadOnlyBooleanWrapper();
    private String productId;
    private boolean saving;

    /// @param conflictStore null when the session has no sync engine (no conflicts then)
    EditorSyncState(TaskRunner runner, Notifier notifier, I18n i18n, LocalData data, Conflicts conflictStore,
            Consumer<Product> productChanged) {
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        this.data = data;
        this.conflictStore = conflictStore;
        this.productChanged = productChanged;
    }

    void opened(String id) {
        productId = id;
        changedOnPlatform.set(false);
        check(false);
    }

    void saving(boolean now) {
        saving = now;
    }

    void changedOnPlatform() {
        changedOnPlatform.set(true);
    }

    /// Follows the product's row and its conflicts until closed.
    ChangeBus.Subscription subscribe(Supplier<String> id) {
        ChangeBus.Subscription rows = data.products().onChange(c -> {
            String current = id.get();
            if (current != null && c.touches(current)) {
                runner.ui().dispatch(() -> check(true));
            }
        });
        ChangeBus.Subscription open = data.db().changes().subscribe(Set.of(Conflicts.TABLE), c -> {
            String current = id.get();
            if (current != null && c.touches("product/" + current)) {
                runner.ui().dispatch(() -> check(false));
            }
        });
        return () -> {
            rows.close();
            open.close();
        };
    }

    private void check(boolean productMoved) {
        String id = productId;
        if (id == null) {
            conflicts.clear();
            return;
        }
        BackgroundTask.of(() -> new Remote(productMoved ? data.products().get(id).orElse(null) : null, load(id)))
                .onSuccess(r -> {
                    if (!Objects.equals(id, productId)) {
                        return;
                    }
                    conflicts.setAll(r.conflicts());
                    if (productMoved && !saving) {
                        productChanged.accept(r.product());
                    }
                })
                .onFailure(e -> notifier.error(i18n.get("editor.error.title"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    private List<ConflictItem> load(String id) {
        if (conflictStore == null) {
            return List.of();
        }
        return conflictStore.open().stream()
                .filter(c -> c.resource().equals("product") && c.entityId().equals(id))
                .map(ConflictItem::of).toList();
    }

    /// My value for the fields in `keepMine`, the platform's for the others.
    public void resolve(ConflictItem c, Set<String> keepMine) {
        act(() -> conflictStore.resolve(c.id(), keepMine));
    }

    public void keepMine(ConflictItem c) {
        if (!c.fieldConflict()) {
            act(() -> conflictStore.retry(c.id()));
            return;
        }
        Set<String> all = new HashSet<>();
        c.fields().forEach(f -> all.add(f.path()));
        resolve(c, all);
    }

    public void takeTheirs(ConflictItem c) {
        if (!c.fieldConflict()) {
            act(() -> conflictStore.discard(c.id()));
            return;
        }
        resolve(c, Set.of());
    }

    private void act(Runnable work) {
        BackgroundTask.ofRunnable(work)
                .onSuccess(v -> check(true))
                .onFailure(e -> notifier.error(i18n.get("sync.failed.title"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    /// The same product apart from its version and timestamps.
    static boolean sameContent(Product a, Product b) {
        return strip(a).equals(strip(b));
    }

    /// Only the images (or the main image) differ, e.g. an upload of this desk arrived.
    static boolean onlyMediaDiffers(Product a, Product b) {
        return sameContent(withMedia(a, b), b);
    }

    private static Product strip(Product p) {
        return new Product(p.id(), p.title(), p.description(), p.brand(), p.categoryId(), p.season(), p.status(),
                p.attributes(), p.channels(), p.variants(), p.media(), p.mainMediaId(), null, null, 0);
    }

    private static Product withMedia(Product p, Product from) {
        return new Product(p.id(), p.title(), p.description(), p.brand(), p.categoryId(), p.season(), p.status(),
                p.attributes(), p.channels(), p.variants(), from.media(), from.mainMediaId(), p.createdAt(),
                p.updatedAt(), p.version());
    }

    public ObservableList<ConflictItem> conflicts() {
        return conflicts;
    }

    /// The product changed on the platform while the form had unsaved edits.
    public ReadOnlyBooleanProperty changedOnPlatformProperty() {
        return changedOnPlatform.getReadOnlyProperty();
    }
}
