package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.inventory.Location;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.ReturnCreate;
import com.trendythreads.opsdesk.api.dto.orders.ReturnLine;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.cache.orders.OrderRules;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The return (RMA) dialog of one shipped order: per line the units and the reason; for the whole return
/// either RESTOCK at a location or EXCHANGE with a SKU per line, picked from the product's other variants
/// (the contract's `ReturnCreate` has one resolution per return). Confirm queues ONE return action; an
/// exchange's replacement order is created by the platform, once, with the answer.
public final class ReturnViewModel {

    private final OrdersContext ctx;
    private final OrderFormat format;
    private final QueueOnce once;
    private final Order order;
    private final ObservableList<ReturnLineItem> lines = FXCollections.observableArrayList();
    private final ObservableList<String> locations = FXCollections.observableArrayList();
    private final ObjectProperty<ReturnCreate.Resolution> resolution =
            new SimpleObjectProperty<>(ReturnCreate.Resolution.RESTOCK);
    private final StringProperty restockLocation = new SimpleStringProperty();
    private final ReadOnlyStringWrapper locationError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper effect = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final Set<String> knownSkus = new HashSet<>();
    private final Command confirm;

    public ReturnViewModel(OrdersContext ctx, Order order) {
        this.ctx = ctx;
        this.format = ctx.format();
        this.once = new QueueOnce(ctx, format);
        this.order = order;
        restockLocation.set(order.locationId());
        for (OrderLine l : order.lines()) {
            ReturnLineItem item = new ReturnLineItem(l, Math.max(0, l.quantity() - l.returnedQuantity()));
            item.quantityProperty().addListener((o, a, b) -> check());
            item.reasonProperty().addListener((o, a, b) -> check());
            item.exchangeToProperty().addListener((o, a, b) -> check());
            lines.add(item);
        }
        resolution.addListener((o, a, b) -> check());
        restockLocation.addListener((o, a, b) -> check());
        confirm = Command.of(this::confirm, Bindings.createBooleanBinding(
                () -> valid.get() && !once.doneProperty().get() && !once.sendingProperty().get(), valid,
                once.doneProperty(), once.sendingProperty()));
        check();
    }

    private record Loaded(Map<String, List<ReturnLineItem.Variant>> variants, List<String> locations) {
    }

    /// Reads the products' other variants and the locations from the cache (in the background).
    public void load() {
        BackgroundTask.of(() -> {
                    Map<String, List<ReturnLineItem.Variant>> byLine = new HashMap<>();
                    for (OrderLine l : order.lines()) {
                        Product p = l.productId() == null ? null : ctx.data().products().get(l.productId()).orElse(null);
                        List<ReturnLineItem.Variant> vs = new ArrayList<>();
                        if (p != null) {
                            p.variants().stream().filter(v -> !v.sku().equals(l.sku()))
                                    .forEach(v -> vs.add(new ReturnLineItem.Variant(v.sku(),
                                            v.size() + " · " + v.colour() + " (" + v.sku() + ")")));
                        }
                        byLine.put(l.id(), vs);
                    }
                    return new Loaded(byLine, ctx.data().reference().locations().stream().map(Location::id).toList());
                })
                .onSuccess(l -> {
                    for (ReturnLineItem i : lines) {
                        List<ReturnLineItem.Variant> vs = l.variants().getOrDefault(i.line().id(), List.of());
                        i.variants().setAll(vs);
                        vs.forEach(v -> knownSkus.add(v.sku()));
                    }
                    locations.setAll(l.locations());
                    check();
                })
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("orders.loadFailed"), String.valueOf(e.getMessage())))
                .runWith(ctx.runner());
    }

    ReturnCreate request() {
        boolean exchange = resolution.get() == ReturnCreate.Resolution.EXCHANGE;
        List<ReturnLine> chosen = new ArrayList<>();
        for (ReturnLineItem i : lines) {
            if (i.quantityProperty().get() != 0) {
                ReturnLineItem.Variant to = i.exchangeToProperty().get();
                chosen.add(new ReturnLine(i.line().id(), i.quantityProperty().get(), i.reasonProperty().get(),
                        exchange && to != null ? to.sku() : null));
            }
        }
        return new ReturnCreate(chosen, resolution.get(), exchange ? null : restockLocation.get());
    }

    private void check() {
        ReturnCreate req = request();
        List<Violation> refusals = OrderRules.checkReturn(order, req, knownSkus::contains,
                id -> locations.isEmpty() ? id != null : locations.contains(id));
        lines.forEach(i -> i.setError(""));
        locationError.set("");
        once.problem("");
        for (Violation v : refusals) {
            String text = format.violation(v);
            if (v.field().startsWith("lines[") && v.field().contains("].")) {
                String lineId = req.lines().get(Integer.parseInt(v.field().substring(6, v.field().indexOf(']'))))
                        .lineId();
                lines.stream().filter(i -> i.line().id().equals(lineId)).findFirst()
                        .ifPresent(i -> i.setError(i.errorProperty().get().isEmpty() ? text
                                : i.errorProperty().get() + "; " + text));
            } else if (v.field().equals("restockLocationId")) {
                locationError.set(text);
            } else if (!v.code().equals("orders.rule.lineRequired")) {
                once.problem(text);
            }
        }
        int units = req.lines().stream().mapToInt(ReturnLine::quantity).sum();
        effect.set(units == 0 ? "" : resolution.get() == ReturnCreate.Resolution.EXCHANGE
                ? ctx.i18n().get("orders.return.effect.exchange", units, order.number())
                : ctx.i18n().get("orders.return.effect.restock", units, order.number(), restockLocation.get()));
        valid.set(refusals.isEmpty());
    }

    private void confirm() {
        if (once.doneProperty().get() || once.sendingProperty().get()) {
            return;
        }
        ReturnCreate req = request();
        once.run(() -> ctx.actions().createReturn(order.id(), req),
                () -> ctx.i18n().get("orders.return.queued", order.number()));
    }

    public Order order() {
        return order;
    }

    public ObservableList<ReturnLineItem> lines() {
        return lines;
    }

    public ObservableList<String> locations() {
        return locations;
    }

    public ObjectProperty<ReturnCreate.Resolution> resolutionProperty() {
        return resolution;
    }

    public StringProperty restockLocationProperty() {
        return restockLocation;
    }

    public ReadOnlyStringProperty locationErrorProperty() {
        return locationError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return once.problemProperty();
    }

    /// "Return 2 items of TT-1000123 and restock them at WH-BER" / "… exchange them (replacement order)".
    public ReadOnlyStringProperty effectProperty() {
        return effect.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return once.doneProperty();
    }

    public Command confirmCommand() {
        return confirm;
    }
}
