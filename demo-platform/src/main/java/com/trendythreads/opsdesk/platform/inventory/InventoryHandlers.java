package com.trendythreads.opsdesk.platform.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.inventory.StockAdjustmentCreate;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevelPatch;
import com.trendythreads.opsdesk.api.dto.inventory.Transfer;
import com.trendythreads.opsdesk.api.dto.inventory.TransferCreate;
import com.trendythreads.opsdesk.api.dto.inventory.TransferReceive;
import com.trendythreads.opsdesk.api.dto.inventory.TransferStatus;
import com.trendythreads.opsdesk.platform.catalog.Lists;
import com.trendythreads.opsdesk.platform.changes.ChangeFeed;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Etags;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.Params;
import com.trendythreads.opsdesk.platform.store.DocTable;
import com.trendythreads.opsdesk.platform.store.Filter;
import com.trendythreads.opsdesk.platform.store.ListPage;
import com.trendythreads.opsdesk.platform.writes.WriteResult;
import com.trendythreads.opsdesk.platform.writes.Writes;
import io.javalin.http.Context;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/// HTTP handlers of the inventory operations (IMS).
final class InventoryHandlers {

    private final Jdbi jdbi;
    private final Writes writes;
    private final ChangeFeed changes;
    private final InventoryStore store;
    private final InventoryService inventory;
    private final ObjectMapper json;

    InventoryHandlers(Jdbi jdbi, Writes writes, ChangeFeed changes, InventoryStore store, InventoryService inventory,
                      ObjectMapper json) {
        this.jdbi = jdbi;
        this.writes = writes;
        this.changes = changes;
        this.store = store;
        this.inventory = inventory;
        this.json = json;
    }

    void listLocations(Context ctx) {
        int limit = Params.limit(ctx);
        String cursor = ctx.queryParam("cursor");
        String token = changes.currentChangeToken();
        ctx.json(Lists.withCursor(() -> jdbi.withHandle(h ->
                ListPage.read(h, store.locations(), Filter.all(), DocTable.Sort.BY_ID, cursor, limit, token))));
    }

    void listStock(Context ctx) {
        int limit = Params.limit(ctx);
        String cursor = ctx.queryParam("cursor");
        String locationId = blankToNull(ctx.queryParam("locationId"));
        String sku = blankToNull(ctx.queryParam("sku"));
        String token = changes.currentChangeToken();
        ctx.json(Lists.withCursor(() -> jdbi.withHandle(h -> ListPage.of(
                store.stockPage(h, locationId, sku, cursor, limit), token, cursor != null,
                () -> store.stockCount(h, locationId, sku)))));
    }

    void updateStockLevel(Context ctx) {
        String locationId = ctx.pathParam("locationId");
        String sku = ctx.pathParam("sku");
        JsonNode patch = Json.readTree(ctx, json);
        Json.convert(json, patch, StockLevelPatch.class);
        writes.execute(ctx, tx -> {
            StockLevel cur = inventory.requireStock(tx, locationId, sku);
            Etags.requireIfMatch(ctx, cur.version(), () -> cur);
            StockLevel next = inventory.updateLevel(tx, cur, patch);
            return WriteResult.ok(next).withEtag(next.version());
        });
    }

    void adjustStock(Context ctx) {
        StockAdjustmentCreate body = Json.read(ctx, json, StockAdjustmentCreate.class);
        writes.execute(ctx, tx -> {
            StockLevel s = inventory.adjust(tx, body);
            return new WriteResult(201, s, Map.of()).withEtag(s.version());
        });
    }

    void listStockMovements(Context ctx) {
        int limit = Params.limit(ctx);
        String cursor = ctx.queryParam("cursor");
        String locationId = blankToNull(ctx.queryParam("locationId"));
        String sku = blankToNull(ctx.queryParam("sku"));
        String token = changes.currentChangeToken();
        ctx.json(Lists.withCursor(() -> jdbi.withHandle(h -> ListPage.of(
                store.movementPage(h, locationId, sku, cursor, limit), token, cursor != null,
                () -> store.movementCount(h, locationId, sku)))).map(store::wire));
    }

    void listTransfers(Context ctx) {
        int limit = Params.limit(ctx);
        String cursor = ctx.queryParam("cursor");
        TransferStatus status = Params.enumParam(ctx, "status", TransferStatus.class);
        String locationId = blankToNull(ctx.queryParam("locationId"));
        Filter filter = Filter.all().eq("status", status)
                .where(locationId != null, "from_location_id = :loc OR to_location_id = :loc",
                        locationId == null ? Map.of() : Map.of("loc", locationId));
        String token = changes.currentChangeToken();
        ctx.json(Lists.withCursor(() -> jdbi.withHandle(h -> ListPage.read(h, store.transfers(), filter,
                DocTable.Sort.newestFirst("created_at"), cursor, limit, token))));
    }

    void createTransfer(Context ctx) {
        TransferCreate body = Json.read(ctx, json, TransferCreate.class);
        writes.execute(ctx, tx -> {
            Transfer t = inventory.create(tx, body);
            return WriteResult.created(t, "/v1/transfers/" + t.id()).withEtag(t.version());
        });
    }

    void getTransfer(Context ctx) {
        String id = ctx.pathParam("transferId");
        Transfer t = jdbi.withHandle(h -> store.transfers().find(h, id))
                .orElseThrow(() -> ApiError.notFound("No transfer " + id));
        Etags.set(ctx, t.version());
        ctx.json(t);
    }

    void shipTransfer(Context ctx) {
        String id = ctx.pathParam("transferId");
        writes.execute(ctx, tx -> {
            Transfer cur = inventory.requireTransfer(tx, id);
            Etags.checkIfMatch(ctx, cur.version(), () -> cur);
            Transfer next = inventory.ship(tx, cur);
            return WriteResult.ok(next).withEtag(next.version());
        });
    }

    void receiveTransfer(Context ctx) {
        String id = ctx.pathParam("transferId");
        TransferReceive body = Json.read(ctx, json, TransferReceive.class);
        writes.execute(ctx, tx -> {
            Transfer cur = inventory.requireTransfer(tx, id);
            Etags.checkIfMatch(ctx, cur.version(), () -> cur);
            Transfer next = inventory.receive(tx, cur, body);
            return WriteResult.ok(next).withEtag(next.version());
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
