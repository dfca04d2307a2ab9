package com.trendythreads.opsdesk.platform.fulfilment;

import com.trendythreads.opsdesk.api.dto.fulfilment.PackCreate;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickConfirm;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListAssign;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListStatus;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickShort;
import com.trendythreads.opsdesk.api.dto.fulfilment.ShipCreate;
import com.trendythreads.opsdesk.api.dto.orders.FulfilmentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Shipment;
import com.trendythreads.opsdesk.api.dto.orders.TimelineEvent;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Validation;
import com.trendythreads.opsdesk.platform.inventory.StockLedger;
import com.trendythreads.opsdesk.platform.orders.IfMatch;
import com.trendythreads.opsdesk.platform.orders.OrderEdit;
import com.trendythreads.opsdesk.platform.orders.OrderStore;
import com.trendythreads.opsdesk.platform.orders.Skus;
import com.trendythreads.opsdesk.platform.writes.Tx;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/// The warehouse flow of a pick list: OPEN → (assign) IN_PROGRESS → (confirm/short every line) PICKED →
/// (pack) PACKED → (ship) SHIPPED, moving its orders along and taking the goods out of stock on shipping.
public final class FulfilmentService {

    private static final Set<PickListStatus> DONE_PICKING =
            EnumSet.of(PickListStatus.PICKED, PickListStatus.PACKED, PickListStatus.SHIPPED);

    private final PickListStore lists;
    private final OrderStore orders;
    private final StockLedger stock;

    public FulfilmentService(PickListStore lists, OrderStore orders, StockLedger stock) {
        this.lists = lists;
        this.orders = orders;
        this.stock = stock;
    }

    public PickList load(Handle h, String id) {
        return lists.find(h, id).orElseThrow(() -> ApiError.notFound("Pick list '" + id + "' does not exist"));
    }

    public PickList assign(Tx tx, String id, PickListAssign body, IfMatch ifMatch) {
        Validation.forBody().require("assigneeId", body.assigneeId()).throwIfAny();
        Handle h = tx.handle();
        PickList list = load(h, id);
        ifMatch.check(list.version(), () -> list);
        if (DONE_PICKING.contains(list.status())) {
            throw ApiError.conflict("pick-list-picked", "Pick list " + id + " is " + list.status()
                    + "; only OPEN or IN_PROGRESS lists can be assigned");
        }
        boolean picker = h.createQuery("""
                        SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = u.id
                        WHERE u.id = :id AND u.active = TRUE AND r.role = 'WAREHOUSE'""")
                .bind("id", body.assigneeId()).mapTo(Integer.class).one() > 0;
        Validation.forBody()
                .check(picker, "assigneeId", "'" + body.assigneeId() + "' is not an active WAREHOUSE user")
                .throwIfAny();
        boolean starting = list.status() == PickListStatus.OPEN;
        PickList after = PickLists.with(list, PickListStatus.IN_PROGRESS, body.assigneeId(), list.lines(),
                list.packageCount(), list.carrier(), list.trackingNumber(), tx.now());
        lists.update(tx, after);
        if (starting) {
            String by = tx.principal().username();
            forOrders(tx, after, e -> {
                if (e.status == OrderStatus.PLACED || e.status == OrderStatus.PAID) {
                    e.status = OrderStatus.PICKING;
                }
                e.fulfilmentStatus = FulfilmentStatus.PICKING;
                e.event(tx.now(), TimelineEvent.Type.PICKING, by, "Pick list " + id);
            });
        }
        return after;
    }

    public PickList confirm(Tx tx, String id, String lineId, PickConfirm body) {
        PickList list = load(tx.handle(), id);
        PickLine line = openLine(list, lineId);
        Validation v = Validation.forBody();
        v.require("quantity", body.quantity()).min("quantity", body.quantity(), 1)
                .max("quantity", body.quantity(), line.quantity());
        v.require("scannedBarcode", body.scannedBarcode()).maxLength("scannedBarcode", body.scannedBarcode(), 64);
        if (body.scannedBarcode() != null && !body.scannedBarcode().isBlank()) {
            String scanned = body.scannedBarcode().trim();
            v.check(scanned.equals(line.ean()) || scanned.equals(line.sku()), "scannedBarcode",
                    "scanned '" + abbreviate(scanned) + "' but this line expects EAN " + line.ean() + " or SKU "
                            + line.sku());
        }
        v.throwIfAny();
        PickLine.Status status = body.quantity() == line.quantity() ? PickLine.Status.PICKED : PickLine.Status.SHORT;
        PickList after = saveLine(tx, list, PickLists.done(line, status, body.quantity(), tx.principal().username(),
                tx.now(), status == PickLine.Status.SHORT ? PickShort.Reason.OTHER.name() : null));
        if (status == PickLine.Status.SHORT) {
            flagShort(tx, id, line, body.quantity(), PickShort.Reason.OTHER);
        }
        return after;
    }

    public PickList shortPick(Tx tx, String id, String lineId, PickShort body) {
        PickList list = load(tx.handle(), id);
        PickLine line = openLine(list, lineId);
        Validation.forBody()
                .require("pickedQuantity", body.pickedQuantity())
                .min("pickedQuantity", body.pickedQuantity(), 0)
                .check(body.pickedQuantity() == null || body.pickedQuantity() < line.quantity(), "pickedQuantity",
                        "must be less than the line quantity " + line.quantity() + " (confirm the line instead)")
                .require("reason", body.reason())
                .throwIfAny();
        PickList after = saveLine(tx, list, PickLists.done(line, PickLine.Status.SHORT, body.pickedQuantity(),
                tx.principal().username(), tx.now(), body.reason().name()));
        flagShort(tx, id, line, body.pickedQuantity(), body.reason());
        return after;
    }

    /// A short pick flags the line's order (someone must call the customer or reorder) with a note.
    private void flagShort(Tx tx, String listId, PickLine line, int picked, PickShort.Reason reason) {
        orders.find(tx.handle(), line.orderId()).ifPresent(o -> {
            OrderEdit e = new OrderEdit(o);
            e.flagged = true;
            e.event(tx.now(), TimelineEvent.Type.NOTE, tx.principal().username(), "Short pick on " + listId + ": "
                    + picked + " of " + line.quantity() + " × " + line.sku() + " (" + reason + ")");
            orders.update(tx, e.done(tx.now()));
        });
    }

    public PickList pack(Tx tx, String id, PackCreate body, IfMatch ifMatch) {
        Validation.forBody()
                .require("packageCount", body.packageCount())
                .min("packageCount", body.packageCount(), 1).max("packageCount", body.packageCount(), 50)
                .min("weightGrams", body.weightGrams(), 1)
                .throwIfAny();
        PickList list = load(tx.handle(), id);
        ifMatch.check(list.version(), () -> list);
        if (list.status() == PickListStatus.PACKED || list.status() == PickListStatus.SHIPPED) {
            throw ApiError.conflict("pick-list-packed", "Pick list " + id + " is already " + list.status());
        }
        long open = list.lines().stream().filter(l -> l.status() == PickLine.Status.OPEN).count();
        if (open > 0 || list.lines().isEmpty()) {
            throw ApiError.conflict("pick-list-not-picked", "Pick list " + id + " still has " + open
                    + " open line(s); confirm or short-pick every line before packing");
        }
        PickList after = PickLists.with(list, PickListStatus.PACKED, list.assigneeId(), list.lines(),
                body.packageCount(), list.carrier(), list.trackingNumber(), tx.now());
        lists.update(tx, after);
        String by = tx.principal().username();
        forOrders(tx, after, e -> {
            e.status = OrderStatus.PACKED;
            e.fulfilmentStatus = FulfilmentStatus.PACKED;
            e.event(tx.now(), TimelineEvent.Type.PACKED, by, body.packageCount() + " package(s)");
        });
        return after;
    }

    public PickList ship(Tx tx, String id, ShipCreate body, IfMatch ifMatch) {
        Validation.forBody()
                .require("carrier", body.carrier())
                .require("trackingNumber", body.trackingNumber())
                .pattern("trackingNumber", body.trackingNumber(), "[A-Z0-9]{8,30}",
                        "8 to 30 upper-case letters or digits")
                .throwIfAny();
        PickList list = load(tx.handle(), id);
        ifMatch.check(list.version(), () -> list);
        if (list.status() != PickListStatus.PACKED) {
            throw ApiError.conflict("pick-list-not-packed", "Pick list " + id + " is " + list.status()
                    + "; only a PACKED list can ship");
        }
        PickList after = PickLists.with(list, PickListStatus.SHIPPED, list.assigneeId(), list.lines(),
                list.packageCount(), body.carrier().name(), body.trackingNumber(), tx.now());
        lists.update(tx, after);
        String by = tx.principal().username();
        Shipment shipment = new Shipment(body.carrier().name(), body.trackingNumber(), tx.now());
        List<String> shipped = forOrders(tx, after, e -> {
            e.status = OrderStatus.SHIPPED;
            e.fulfilmentStatus = FulfilmentStatus.SHIPPED;
            e.shipment = shipment;
            e.event(tx.now(), TimelineEvent.Type.SHIPPED, by, body.carrier() + " " + body.trackingNumber());
        });
        for (PickLine line : after.lines()) {
            if (shipped.contains(line.orderId())) {
                stock.pick(tx, list.locationId(), line.sku(), line.pickedQuantity(), line.quantity(), id);
            }
        }
        return after;
    }

    /// A new OPEN pick list (a wave) for `orderIds` at `locationId`; the orders get its id.
    public PickList createWave(Tx tx, String locationId, List<Order> waveOrders) {
        Handle h = tx.handle();
        String id = PickListStore.nextId(h);
        List<PickLine> lines = new ArrayList<>();
        for (Order o : waveOrders) {
            for (OrderLine ol : o.lines()) {
                String ean = Skus.find(h, ol.sku()).map(Skus::ean).orElse("0000000000000");
                String bin = stock.find(h, locationId, ol.sku()).map(s -> s.bin()).orElse(null);
                lines.add(new PickLine(id + "-" + String.format("%02d", lines.size() + 1), o.id(), ol.id(), ol.sku(), ean, ol.title(),
                        ol.size(), ol.colour(), bin == null ? "UNASSIGNED" : bin, ol.quantity(), 0,
                        PickLine.Status.OPEN, null, null, null));
            }
        }
        PickList list = new PickList(id, locationId, "W" + tx.now().toString().substring(0, 13).replace("-", "")
                .replace("T", "-"), PickListStatus.OPEN, null, waveOrders.stream().map(Order::id).toList(), lines,
                null, null, null, tx.now(), tx.now(), 1);
        lists.insert(tx, list);
        for (Order o : waveOrders) {
            OrderEdit e = new OrderEdit(o);
            e.pickListId = id;
            orders.update(tx, e.done(tx.now()));
        }
        return list;
    }

    private PickLine openLine(PickList list, String lineId) {
        PickLine line = list.lines().stream().filter(l -> l.id().equals(lineId)).findFirst()
                .orElseThrow(() -> ApiError.notFound("Pick list " + list.id() + " has no line '" + lineId + "'"));
        if (line.status() != PickLine.Status.OPEN) {
            throw ApiError.conflict("already-confirmed", "Line " + lineId + " was already " + line.status()
                            + " by " + line.confirmedBy() + " at " + line.confirmedAt())
                    .with("code", "already_confirmed")
                    .with("confirmedBy", line.confirmedBy())
                    .with("confirmedAt", line.confirmedAt());
        }
        if (list.status() == PickListStatus.PACKED || list.status() == PickListStatus.SHIPPED) {
            throw ApiError.conflict("pick-list-packed", "Pick list " + list.id() + " is already " + list.status());
        }
        return line;
    }

    private PickList saveLine(Tx tx, PickList list, PickLine changed) {
        List<PickLine> lines = list.lines().stream().map(l -> l.id().equals(changed.id()) ? changed : l).toList();
        PickListStatus status = PickLists.allDone(lines) ? PickListStatus.PICKED : PickListStatus.IN_PROGRESS;
        PickList after = PickLists.with(list, status, list.assigneeId(), lines, list.packageCount(), list.carrier(),
                list.trackingNumber(), tx.now());
        lists.update(tx, after);
        return after;
    }

    /// Applies `change` to every order of the list that is not cancelled; returns their ids.
    private List<String> forOrders(Tx tx, PickList list, Consumer<OrderEdit> change) {
        List<String> touched = new ArrayList<>();
        for (String orderId : list.orderIds()) {
            Order o = orders.find(tx.handle(), orderId).orElse(null);
            if (o == null || o.status() == OrderStatus.CANCELLED) {
                continue;
            }
            OrderEdit e = new OrderEdit(o);
            change.accept(e);
            orders.update(tx, e.done(tx.now()));
            touched.add(orderId);
        }
        return touched;
    }

    private static String abbreviate(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
