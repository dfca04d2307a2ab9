package com.trendythreads.opsdesk.viewmodels.catalog.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.CategoryAttribute;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.catalog.CatalogJobs;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.BulkStepUp;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.ChangeCheck;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.FieldText;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.JobControl;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.Money;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// A bulk change of many products or their variants: set the price (absolute, ± %, ± amount, rounded to
/// .99/.95/whole euros), the compare-at price, the status, a channel's publication or an attribute.
/// [#preview()] lists every change before → after, checked with the product rules; invalid rows are not
/// applied. [#apply()] runs the valid rows as one job (progress, cancel) that can be undone later.
///
/// Lane security (issue 10): a price change of the contract's `x-bulk-step-up` `minItems` products or more
/// ([BulkStepUp]) asks for the password; the platform checks it (`stepUp`) before the job is queued.
public final class BulkChangeViewModel {

    private final LocalData data;
    private final TaskRunner runner;
    private final I18n i18n;
    private final FieldText text;
    private final JobControl job;

    private final ObjectProperty<BulkOperation> operation = new SimpleObjectProperty<>(BulkOperation.PRICE);
    private final ObjectProperty<PriceMode> priceMode = new SimpleObjectProperty<>(PriceMode.PERCENT);
    private final StringProperty amount = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Rounding> rounding = new SimpleObjectProperty<>(Rounding.NONE);
    private final ObjectProperty<ProductStatus> status = new SimpleObjectProperty<>(ProductStatus.ACTIVE);
    private final ObjectProperty<ChannelAction> channelAction = new SimpleObjectProperty<>(ChannelAction.ADD);
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.WEB);
    private final ObjectProperty<String> attributeCode = new SimpleObjectProperty<>();
    private final StringProperty attributeValue = new SimpleStringProperty("");
    private final ObjectProperty<String> size = new SimpleObjectProperty<>("");
    private final ObjectProperty<String> colour = new SimpleObjectProperty<>("");
    private final ObservableList<String> attributeCodes = FXCollections.observableArrayList();
    private final ObservableList<String> attributeValues = FXCollections.observableArrayList();
    private final ObservableList<String> sizes = FXCollections.observableArrayList();
    private final ObservableList<String> colours = FXCollections.observableArrayList();
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selection = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty applied = new SimpleBooleanProperty();
    private final Command preview;
    private final Command apply;
    private final BulkStepUp stepUp;

    private final BooleanProperty planned = new SimpleBooleanProperty();
    private Map<String, Map<String, JsonNode>> plannedEdits;
    private String plannedDescription;
    private List<JsonNode> products = List.of();
    private Map<String, Category> categories = Map.of();

    @Inject
    public BulkChangeViewModel(SessionState session, TaskRunner runner, I18n i18n, Notifier notifier) {
        this.data = session.current().data();
        this.runner = runner;
        this.i18n = i18n;
        this.text = new FieldText(i18n);
        this.job = new JobControl(data.jobs(), session.current().engine().orElse(null), runner, i18n, notifier);
        this.stepUp = new BulkStepUp(session.current().engine().orElse(null), runner, i18n, "bulk.stepUp");
        preview = Command.of(this::preview, loaded.and(amountError.isEmpty()).and(job.runningProperty().not()));
        apply = Command.of(this::apply, Bindings.createBooleanBinding(
                () -> !applied.get() && !job.runningProperty().get() && rows.stream().anyMatch(PreviewRow::valid)
                        && stepUp.ready(), rows, applied, job.runningProperty(), stepUp.neededProperty(),
                stepUp.passwordProperty(), stepUp.busyProperty()));
        amount.addListener((o, a, b) -> checkAmount());
        priceMode.addListener((o, a, b) -> checkAmount());
        operation.addListener((o, a, b) -> checkAmount());
        attributeCode.addListener((o, a, b) -> attributeValues.setAll(valuesOf(b)));
        // A preview is of the settings it was made with: change one and it has to be made again.
        InvalidationListener stale = o -> {
            rows.clear();
            stepUp.consider(false, 0);
        };
        for (Observable p : List.<Observable>of(operation, priceMode, amount, rounding, status, channelAction, channel,
                attributeCode, attributeValue, size, colour)) {
            p.addListener(stale);
        }
        checkAmount();
    }

    /// Loads the chosen products (in the background) and offers the attributes of their categories.
    public void start(List<String> productIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(productIds));
        BackgroundTask.of(() -> load(ids))
                .onSuccess(l -> {
                    products = l.products();
                    categories = l.categories();
                    sizes.setAll(l.sizes());
                    colours.setAll(l.colours());
                    attributeCodes.setAll(l.attributeCodes());
                    if (attributeCode.get() == null && !attributeCodes.isEmpty()) {
                        attributeCode.set(attributeCodes.getFirst());
                    }
                    selection.set(i18n.get("bulk.selection", products.size(), l.variants()));
                    loaded.set(true);
                })
                .runWith(runner);
    }

    /// A change planned elsewhere (accepted price suggestions): `edits` is productId → field → new value.
    /// Loads the products and previews exactly those values, checked with the rules; apply and undo are
    /// the same as for any bulk change. `description` names the job.
    public void startPlanned(Map<String, Map<String, JsonNode>> edits, String description) {
        plannedEdits = Map.copyOf(edits);
        plannedDescription = description;
        planned.set(true);
        List<String> ids = List.copyOf(edits.keySet());
        BackgroundTask.of(() -> load(ids))
                .onSuccess(l -> {
                    products = l.products();
                    categories = l.categories();
                    selection.set(i18n.get("bulk.selection", products.size(), l.variants()));
                    loaded.set(true);
                    preview();
                })
                .runWith(runner);
    }

    private record Loaded(List<JsonNode> products, Map<String, Category> categories, List<String> sizes,
            List<String> colours, List<String> attributeCodes, int variants) {
    }

    private Loaded load(List<String> ids) {
        List<JsonNode> docs = new ArrayList<>();
        Map<String, Category> cats = new HashMap<>();
        Set<String> sizeSet = new LinkedHashSet<>();
        Set<String> colourSet = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        int variants = 0;
        for (String id : ids) {
            Optional<Product> p = data.products().get(id);
            if (p.isEmpty()) {
                continue;
            }
            docs.add(ChangeCheck.doc(p.get()));
            variants += p.get().variants().size();
            p.get().variants().forEach(v -> {
                sizeSet.add(v.size());
                colourSet.add(v.colour());
            });
            Category c = cats.computeIfAbsent(p.get().categoryId(), k -> data.reference().category(k).orElse(null));
            if (c != null) {
                c.attributes().forEach(a -> codes.add(a.code()));
            }
        }
        List<String> sizeList = new ArrayList<>(List.of(""));
        sizeList.addAll(sizeSet);
        List<String> colourList = new ArrayList<>(List.of(""));
        colourList.addAll(colourSet);
        cats.values().removeIf(java.util.Objects::isNull);
        return new Loaded(docs, cats, sizeList, colourList, List.copyOf(codes), variants);
    }

    private List<String> valuesOf(String code) {
        Set<String> out = new TreeSet<>();
        categories.values().forEach(c -> c.attributes().stream()
                .filter(a -> a.code().equals(code) && a.type() == CategoryAttribute.Type.ENUM)
                .forEach(a -> out.addAll(a.values())));
        return List.copyOf(out);
    }

    private boolean needsAmount() {
        return (operation.get() == BulkOperation.PRICE || operation.get() == BulkOperation.COMPARE_AT)
                && priceMode.get() != PriceMode.CLEAR;
    }

    private void checkAmount() {
        if (!needsAmount()) {
            amountError.set("");
        } else if (amount.get() == null || amount.get().isBlank()) {
            amountError.set(i18n.get("rule.required"));
        } else if (Money.parseDecimal(amount.get(), i18n.locale()).isEmpty()) {
            amountError.set(i18n.get("bulk.amount.invalid"));
        } else {
            amountError.set("");
        }
    }

    /// Computes the rows: before → after with the rules' verdict (no I/O: the products are loaded).
    public void preview() {
        BigDecimal value = needsAmount() ? Money.parseDecimal(amount.get(), i18n.locale()).orElse(BigDecimal.ZERO) : null;
        BulkPlanner.Settings s = new BulkPlanner.Settings(operation.get(), priceMode.get(), value, rounding.get(),
                status.get(), channelAction.get(), channel.get(), attributeCode.get(), attributeValue.get(),
                size.get(), colour.get());
        applied.set(false);
        rows.setAll(plannedEdits != null ? BulkPlanner.planned(products, categories, plannedEdits, text)
                : BulkPlanner.preview(products, categories, s, text));
        long valid = rows.stream().filter(PreviewRow::valid).count();
        summary.set(i18n.get("bulk.summary", valid, validProducts(), rows.size() - valid));
        // a change planned elsewhere is a price change (accepted price suggestions)
        stepUp.consider(plannedEdits != null || operation.get() == BulkOperation.PRICE
                || operation.get() == BulkOperation.COMPARE_AT, validProducts());
    }

    private long validProducts() {
        return rows.stream().filter(PreviewRow::valid).map(PreviewRow::productId).distinct().count();
    }

    /// "Change 120 prices on 40 products?" (only the valid rows are applied).
    public String confirmation() {
        return i18n.get("bulk.confirm." + operation.get().name(), rows.stream().filter(PreviewRow::valid).count(),
                validProducts());
    }

    /// Applies the valid rows as one job. Each field is written only if it still holds its before-value. A
    /// bulk price change from the contract's threshold first has the platform check the password.
    public void apply() {
        if (stepUp.neededProperty().get()) {
            stepUp.verify(this::applyNow);
            return;
        }
        applyNow();
    }

    private void applyNow() {
        Map<String, List<CatalogJobs.FieldEdit>> byProduct = new LinkedHashMap<>();
        for (PreviewRow r : rows) {
            if (r.valid()) {
                byProduct.computeIfAbsent(r.productId(), k -> new ArrayList<>())
                        .add(new CatalogJobs.FieldEdit(r.field(), r.before(), r.after()));
            }
        }
        List<CatalogJobs.ProductEdit> plan = byProduct.entrySet().stream()
                .map(e -> new CatalogJobs.ProductEdit(e.getKey(), e.getValue())).toList();
        applied.set(true);
        job.start(CatalogJobs.Kind.BULK, description(plan.size()), plan, j -> { });
    }

    private String description(int productCount) {
        if (plannedDescription != null) {
            return plannedDescription;
        }
        String what = switch (operation.get()) {
            case PRICE, COMPARE_AT -> text.label(operation.get() == BulkOperation.PRICE ? "priceCents"
                    : "compareAtPriceCents") + " " + priceChange();
            case STATUS -> text.label("status") + " → " + text.status(status.get().name());
            case CHANNEL -> (channelAction.get() == ChannelAction.ADD ? "+ " : "− ") + text.channel(channel.get().name());
            case ATTRIBUTE -> text.label("attributes." + attributeCode.get()) + " = " + attributeValue.get();
        };
        return i18n.get("bulk.job", what, productCount);
    }

    private String priceChange() {
        String a = amount.get() == null ? "" : amount.get().strip();
        String round = rounding.get() == Rounding.NONE ? "" : " (" + i18n.get("bulk.rounding." + rounding.get().name()) + ")";
        return switch (priceMode.get()) {
            case SET -> "= " + a + round;
            case PERCENT -> a + " %" + round;
            case AMOUNT -> a + round;
            case CLEAR -> i18n.get("bulk.cleared");
        };
    }

    public ObjectProperty<BulkOperation> operationProperty() { return operation; }
    public ObjectProperty<PriceMode> priceModeProperty() { return priceMode; }
    /// The amount as typed: euros for "set to" and "±", percent for "± %".
    public StringProperty amountProperty() { return amount; }
    /// Why the amount cannot be used ("" when it can), shown beside the field as it is typed.
    public ReadOnlyStringProperty amountErrorProperty() { return amountError.getReadOnlyProperty(); }
    public ObjectProperty<Rounding> roundingProperty() { return rounding; }
    public ObjectProperty<ProductStatus> statusProperty() { return status; }
    public ObjectProperty<ChannelAction> channelActionProperty() { return channelAction; }
    public ObjectProperty<Channel> channelProperty() { return channel; }
    public ObjectProperty<String> attributeCodeProperty() { return attributeCode; }
    public StringProperty attributeValueProperty() { return attributeValue; }
    /// Only variants of this size ("" = all).
    public ObjectProperty<String> sizeProperty() { return size; }
    public ObjectProperty<String> colourProperty() { return colour; }
    public ObservableList<String> attributeCodes() { return attributeCodes; }
    public ObservableList<String> attributeValues() { return attributeValues; }
    public ObservableList<String> sizes() { return sizes; }
    public ObservableList<String> colours() { return colours; }
    public ObservableList<PreviewRow> rows() { return rows; }
    /// "40 products, 290 variants"
    public ReadOnlyStringProperty selectionProperty() { return selection.getReadOnlyProperty(); }
    /// "120 changes on 40 products; 3 not possible"
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /// Whether this change was planned elsewhere ([#startPlanned]): then there is nothing to choose.
    public ReadOnlyBooleanProperty plannedProperty() { return planned; }
    public Command previewCommand() { return preview; }
    public Command applyCommand() { return apply; }
    /// The password step of a large bulk price change.
    public BulkStepUp stepUp() { return stepUp; }
    /// The running or last job: progress, cancel, "Undo this change".
    public JobControl job() { return job; }
    public FieldText text() { return text; }
}
