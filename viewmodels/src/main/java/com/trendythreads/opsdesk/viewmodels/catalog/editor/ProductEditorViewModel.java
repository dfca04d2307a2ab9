package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import com.trendythreads.opsdesk.viewmodels.common.FieldMessage;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.CategoryAttribute;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.catalog.Completeness;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The product editor: fields with their rule messages as you type ([EditorValidation] over
/// `ProductRules`), attributes of the category, publication per channel with completeness, the variant
/// matrix, images, and saving through the outbox (works offline). Undo/redo over the editor's states,
/// a dirty flag and [#confirmDiscard] for the host's "leave with unsaved changes?" question, a banner
/// for conflicts and for changes made on the platform while editing ([EditorSyncState]).
public final class ProductEditorViewModel implements Activatable {

    private static final Logger LOG = LoggerFactory.getLogger(ProductEditorViewModel.class);
    static final int UNDO_LIMIT = 100;
    static final List<String> FIELDS = List.of("title", "brand", "description", "categoryId", "season", "variants");

    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final LocalData data;
    private final Locale locale;
    private final EditorValidation validation;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty brand = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty season = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<ProductStatus> status = new SimpleObjectProperty<>(ProductStatus.DRAFT);
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<AttributeItem> attributes = FXCollections.observableArrayList();
    private final ObservableList<ChannelItem> channels = FXCollections.observableArrayList();
    private final Map<String, ReadOnlyObjectWrapper<FieldMessage>> messages = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<String> productId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final VariantMatrixViewModel matrix;
    private final MediaViewModel media;
    private final EditorPanelsViewModel panels;
    private final EditorSyncState sync;
    private final UndoStack<EditorState> undo;
    private final Command save;
    private final Command undoCommand;
    private final Command redoCommand;
    private Product original;
    private EditorState saved;
    private boolean loading;
    private int generation;
    private ChangeBus.Subscription subscription;

    @Inject
    public ProductEditorViewModel(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n) {
        UserSession session = sessionState.current();
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        this.data = session.data();
        this.locale = i18n.locale();
        this.validation = new EditorValidation(i18n, data.products());
        SyncEngine engine = session.engine().orElse(null);
        this.matrix = new VariantMatrixViewModel(locale, this::edited);
        this.media = new MediaViewModel(runner, data.media(), this::edited);
        this.panels = new EditorPanelsViewModel(runner, i18n, data, engine == null ? null : engine.outbox(),
                session.user().displayName(), engine == null ? null : () -> reachable(engine)
                        ? engine.service(com.trendythreads.opsdesk.api.service.AuditApi.class) : null);
        this.sync = new EditorSyncState(runner, notifier, i18n, data, engine == null ? null : engine.conflicts(),
                this::remoteChanged);
        this.undo = new UndoStack<>(UNDO_LIMIT, this::capture, this::apply);
        FIELDS.forEach(f -> messages.put(f, new ReadOnlyObjectWrapper<>()));
        for (Channel c : Channel.values()) {
            ChannelItem item = new ChannelItem(c, i18n.get("editor.channel." + c.name().toLowerCase(Locale.ROOT)));
            item.publishedProperty().addListener((o, a, b) -> edited("channel:" + c));
            channels.add(item);
        }
        title.addListener((o, a, b) -> edited("title"));
        brand.addListener((o, a, b) -> edited("brand"));
        description.addListener((o, a, b) -> edited("description"));
        season.addListener((o, a, b) -> edited("season"));
        status.addListener((o, a, b) -> edited("status"));
        category.addListener((o, a, b) -> {
            if (!loading && !undo.applying()) {
                rebuildAttributes(b, currentAttributes());
            }
            edited("categoryId");
        });
        // Everyone who lists products opens one; only those who may change it (updateProduct, the same roles as
        // createProduct for a new one) get a Save that the platform would accept.
        boolean mayWrite = session.user().may("updateProduct");
        save = Command.of(this::save, loaded.and(dirty).and(hasErrors.not()).and(saving.not())
                .and(new ReadOnlyBooleanWrapper(mayWrite)));
        undoCommand = Command.of(this::undo, undo.canUndoProperty());
        redoCommand = Command.of(this::redo, undo.canRedoProperty());
    }

    // --- opening ---

    private record Loaded(Product product, List<Category> categories) {
    }

    /// Opens a product of the local catalog.
    public void open(String id) {
        Objects.requireNonNull(id, "id");
        BackgroundTask.of(() -> new Loaded(data.products().get(id).orElse(null), data.reference().categories()))
                .onSuccess(l -> {
                    if (l.product() == null) {
                        notifier.error(i18n.get("editor.error.title"), i18n.get("editor.notFound", id));
                    } else {
                        show(l.product(), l.categories());
                    }
                })
                .onFailure(this::failed)
                .runWith(runner);
    }

    /// Starts a new product (a draft with no variants).
    public void openNew() {
        Product empty = new Product(null, "", null, "", null, "", ProductStatus.DRAFT, Map.of(), List.of(), List.of(),
                List.of(), null, null, null, 0);
        BackgroundTask.of(() -> data.reference().categories())
                .onSuccess(cats -> show(empty, cats))
                .onFailure(this::failed)
                .runWith(runner);
    }

    private void show(Product p, List<Category> cats) {
        loading = true;
        try {
            categories.setAll(cats);
            original = p;
            productId.set(p.id());
            validation.reset();
            title.set(nz(p.title()));
            brand.set(nz(p.brand()));
            description.set(nz(p.description()));
            season.set(nz(p.season()));
            status.set(p.status() == null ? ProductStatus.DRAFT : p.status());
            Category c = cats.stream().filter(x -> x.id().equals(p.categoryId())).findFirst().orElse(null);
            category.set(c);
            rebuildAttributes(c, p.attributes() == null ? Map.of() : p.attributes());
            Set<Channel> on = p.channels() == null ? Set.of() : Set.copyOf(p.channels());
            channels.forEach(ch -> ch.publishedProperty().set(on.contains(ch.channel())));
            matrix.load(p.variants());
            media.load(p.media(), p.mainMediaId());
        } finally {
            loading = false;
        }
        saved = capture();
        undo.reset();
        loaded.set(true);
        refresh();
        sync.opened(p.id());
        panels.load(p);
    }

    private void rebuildAttributes(Category c, Map<String, String> values) {
        List<AttributeItem> items = new ArrayList<>();
        if (c != null && c.attributes() != null) {
            for (CategoryAttribute a : c.attributes()) {
                AttributeItem item = new AttributeItem(a, values.get(a.code()));
                item.valueProperty().addListener((o, x, y) -> edited("attr:" + a.code()));
                items.add(item);
            }
        }
        attributes.setAll(items);
    }

    // --- state, undo, dirty ---

    private Map<String, String> currentAttributes() {
        Map<String, String> out = new HashMap<>();
        attributes.forEach(a -> {
            if (a.valueProperty().get() != null && !a.valueProperty().get().isBlank()) {
                out.put(a.code(), a.valueProperty().get().strip());
            }
        });
        return out;
    }

    private Set<Channel> currentChannels() {
        Set<Channel> out = EnumSet.noneOf(Channel.class);
        channels.stream().filter(c -> c.publishedProperty().get()).forEach(c -> out.add(c.channel()));
        return out;
    }

    private EditorState capture() {
        return new EditorState(title.get(), brand.get(), description.get(), category.get() == null ? null
                : category.get().id(), season.get(), status.get(), currentAttributes(), currentChannels(),
                matrix.state(), media.state());
    }

    private void apply(EditorState s) {
        title.set(s.title());
        brand.set(s.brand());
        description.set(s.description());
        season.set(s.season());
        status.set(s.status());
        category.set(categories.stream().filter(c -> c.id().equals(s.categoryId())).findFirst().orElse(null));
        rebuildAttributes(category.get(), s.attributes());
        channels.forEach(c -> c.publishedProperty().set(s.channels().contains(c.channel())));
        matrix.restore(s.matrix());
        media.restore(s.media());
    }

    private void edited(String key) {
        if (loading || saved == null) {
            return;
        }
        undo.edited(key);
        if (!undo.applying()) {
            refresh();
        }
    }

    public void undo() {
        undo.undo();
        refresh();
    }

    public void redo() {
        undo.redo();
        refresh();
    }

    /// The form as a product (what saving would make of it).
    Product draft(VariantMatrixViewModel.Built built) {
        Product o = original;
        List<Channel> on = List.copyOf(currentChannels());
        String desc = description.get() == null || description.get().isBlank() ? null : description.get();
        return new Product(o.id(), title.get().strip(), desc, brand.get().strip(),
                category.get() == null ? null : category.get().id(), season.get().strip(), status.get(),
                currentAttributes(), on, built.variants(), media.media(), media.mainId(), o.createdAt(),
                o.updatedAt(), o.version());
    }

    private void refresh() {
        if (original == null) {
            return;
        }
        heading.set(title.get().isBlank() ? i18n.get("editor.newProduct") : title.get());
        dirty.set(!capture().equals(saved));
        VariantMatrixViewModel.Built built = matrix.build();
        Product draft = draft(built);
        validate(draft, built);
        for (ChannelItem item : channels) {
            Completeness.ChannelScore score = Completeness.of(draft, category.get(), item.channel());
            item.score(score.percent(), score.missing().isEmpty() ? "" : i18n.get("editor.completeness.missing",
                    score.missing().stream().map(this::label).collect(Collectors.joining(", "))));
        }
    }

    private void validate(Product draft, VariantMatrixViewModel.Built built) {
        EditorValidation.Result r = validation.check(draft, category.get());
        Map<String, FieldMessage> m = new HashMap<>(r.messages());
        messages.forEach((field, w) -> w.set(m.get(field)));
        attributes.forEach(a -> a.setMessage(m.get(a.path())));
        boolean errors = m.values().stream().anyMatch(FieldMessage::error) || !built.invalidMoney().isEmpty();
        for (int i = 0; i < built.cells().size(); i++) {
            VariantCell cell = built.cells().get(i);
            List<VariantField> invalid = built.invalidMoney().getOrDefault(cell, List.of());
            for (VariantField f : VariantField.values()) {
                cell.setMessage(f, invalid.contains(f) ? FieldMessage.error(i18n.get("editor.money.invalid"))
                        : m.get("variants[" + i + "]." + f.path()));
            }
        }
        long count = m.values().stream().filter(FieldMessage::error).count() + built.invalidMoney().values().stream()
                .mapToInt(List::size).sum();
        hasErrors.set(errors);
        problems.set(count == 0 ? "" : i18n.get("editor.problems", count));
        if (!r.complete()) {
            int gen = ++generation;
            String id = draft.id();
            BackgroundTask.ofRunnable(() -> validation.lookUp(id, r.unknownSkus(), r.unknownEans()))
                    .onSuccess(v -> {
                        if (gen == generation) {
                            refresh();
                        }
                    })
                    .onFailure(e -> LOG.warn("Checking SKU and EAN uniqueness failed", e))
                    .runWith(runner);
        }
    }

    private String label(String path) {
        if (path.startsWith("attributes.")) {
            String code = path.substring("attributes.".length());
            return attributes.stream().filter(a -> a.code().equals(code)).map(AttributeItem::label).findFirst()
                    .orElse(code);
        }
        return i18n.get("editor.field." + path);
    }

    // --- saving ---

    private void save() {
        VariantMatrixViewModel.Built built = matrix.build();
        Product draft = draft(built);
        EditorState state = capture();
        boolean isNew = original.id() == null;
        ProductPatches.Patch patch = isNew ? null : ProductPatches.diff(original, draft);
        if (patch != null && patch.isEmpty()) {
            saved = state;
            refresh();
            return;
        }
        String what = isNew ? i18n.get("editor.save.create", draft.title())
                : i18n.get("editor.save.update", draft.title(), String.join(", ", patch.fields()));
        saving.set(true);
        sync.saving(true);
        BackgroundTask.of(() -> {
                    String id = isNew ? data.edits().create(ResourceType.PRODUCT, ProductPatches.create(draft),
                            ProductPatches.localDoc(draft), what) : draft.id();
                    if (!isNew) {
                        data.edits().update(ResourceType.PRODUCT, id, patch.patch(), patch.localPatch(), what);
                    }
                    return data.products().get(id).orElseThrow();
                })
                .onSuccess(p -> {
                    original = p;
                    productId.set(p.id());
                    saved = state;
                    refresh();
                    sync.opened(p.id());
                    panels.load(p);
                    notifier.info(i18n.get("editor.saved", p.title()));
                })
                .onFailure(this::failed)
                .onFinished(() -> {
                    saving.set(false);
                    sync.saving(false);
                })
                .runWith(runner);
    }

    /// Adds an image from a file (read in the background); it is queued at once and uploaded when the
    /// platform can be reached.
    public void addImage(Path file) {
        String id = productId.get();
        if (id == null) {
            notifier.info(i18n.get("editor.media.saveFirst"));
            return;
        }
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".png") ? "image/png" : lower.endsWith(".webp") ? "image/webp" : "image/jpeg";
        BackgroundTask.ofRunnable(() -> {
                    try {
                        data.edits().uploadMedia(id, name, type, Files.readAllBytes(file), null,
                                i18n.get("editor.media.uploadDescription", name, title.get()));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .onSuccess(v -> notifier.info(i18n.get("editor.media.queued", name)))
                .onFailure(this::failed)
                .runWith(runner);
    }

    /// The product changed in the local cache (sync, or this desk's own push being acknowledged).
    private void remoteChanged(Product p) {
        if (p == null || original == null || saving.get()) {
            return;
        }
        if (EditorSyncState.sameContent(p, original)) {
            original = p; // a new version of what is shown (e.g. my edit acknowledged)
            return;
        }
        if (!dirty.get()) {
            show(p, List.copyOf(categories));
            return;
        }
        if (EditorSyncState.onlyMediaDiffers(p, original) && media.state().equals(saved.media())) {
            loading = true;
            try {
                media.load(p.media(), p.mainMediaId());
            } finally {
                loading = false;
            }
            original = p;
            saved = saved.withMedia(media.state());
            refresh();
            return;
        }
        sync.changedOnPlatform();
    }

    /// Throws away the edits and shows the product as the cache has it now.
    public void reload() {
        if (productId.get() != null) {
            open(productId.get());
        } else {
            openNew();
        }
    }

    /// Runs `leave` at once when nothing is unsaved; otherwise asks the user first (through the
    /// [Notifier]) and runs it only if they agree to lose the changes.
    public void confirmDiscard(Runnable leave) {
        if (!dirty.get()) {
            leave.run();
            return;
        }
        notifier.confirm(i18n.get("editor.discard.title"), i18n.get("editor.discard.message", heading.get()),
                i18n.get("editor.discard.confirm"), leave);
    }

    private void failed(Throwable e) {
        LOG.warn("Product editor: {}", e.toString());
        notifier.error(i18n.get("editor.error.title"), String.valueOf(e.getMessage()));
    }

    @Override
    public void activate() {
        if (subscription == null) {
            subscription = sync.subscribe(productId::get);
        }
    }

    @Override
    public void deactivate() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    // --- properties ---

    public StringProperty titleProperty() { return title; }
    public StringProperty brandProperty() { return brand; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty seasonProperty() { return season; }
    public ObjectProperty<Category> categoryProperty() { return category; }
    public ObjectProperty<ProductStatus> statusProperty() { return status; }
    public ObservableList<Category> categories() { return categories; }
    public ObservableList<AttributeItem> attributes() { return attributes; }
    public ObservableList<ChannelItem> channels() { return channels; }
    public VariantMatrixViewModel matrix() { return matrix; }
    public MediaViewModel media() { return media; }
    public EditorPanelsViewModel panels() { return panels; }
    public EditorSyncState sync() { return sync; }

    /// The rule message of `field` (`title`, `brand`, `description`, `categoryId`, `season`, `variants`).
    public ReadOnlyObjectProperty<FieldMessage> message(String field) {
        return Objects.requireNonNull(messages.get(field), field).getReadOnlyProperty();
    }

    /// "3 problems block saving", or empty.
    public ReadOnlyStringProperty problemsProperty() { return problems.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> productIdProperty() { return productId.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    /// Changes not saved yet.
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public boolean isDirty() { return dirty.get(); }
    public ReadOnlyBooleanProperty hasErrorsProperty() { return hasErrors.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public Command saveCommand() { return save; }
    public Command undoCommand() { return undoCommand; }
    public Command redoCommand() { return redoCommand; }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /// Whether a read from the platform is worth trying now: offline, a call would only wait out its retries
    /// before the editor could show the desk's own history.
    private static boolean reachable(SyncEngine engine) {
        var c = engine.connectivity();
        return c == com.trendythreads.opsdesk.cache.status.Connectivity.ONLINE
                || c == com.trendythreads.opsdesk.cache.status.Connectivity.DEGRADED;
    }
}
