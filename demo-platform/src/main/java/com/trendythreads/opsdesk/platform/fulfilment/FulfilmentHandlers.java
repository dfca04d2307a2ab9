package com.trendythreads.opsdesk.platform.fulfilment;

import com.trendythreads.opsdesk.api.dto.fulfilment.PackCreate;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickConfirm;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListAssign;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListStatus;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickShort;
import com.trendythreads.opsdesk.api.dto.fulfilment.ShipCreate;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Etags;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.Params;
import com.trendythreads.opsdesk.platform.orders.IfMatch;
import com.trendythreads.opsdesk.platform.store.DocTable;
import com.trendythreads.opsdesk.platform.store.Filter;
import com.trendythreads.opsdesk.platform.store.ListPage;
import com.trendythreads.opsdesk.platform.writes.WriteResult;
import io.javalin.http.Context;

/// HTTP handlers of the WMS operations.
public final class FulfilmentHandlers {

    private final ModuleContext m;
    private final PickListStore lists;
    private final FulfilmentService service;

    public FulfilmentHandlers(ModuleContext m, PickListStore lists, FulfilmentService service) {
        this.m = m;
        this.lists = lists;
        this.service = service;
    }

    public void list(Context ctx) {
        String changeToken = m.changes().currentChangeToken();
        PickListStatus status = Params.enumParam(ctx, "status", PickListStatus.class);
        int limit = Params.limit(ctx);
        Filter filter = Filter.all()
                .eq("status", status == null ? null : status.name())
                .eq("location_id", blank(ctx.queryParam("locationId")))
                .eq("assignee_id", blank(ctx.queryParam("assigneeId")))
                .atLeast("created_at", Params.instant(ctx, "from"));
        String cursor = blank(ctx.queryParam("cursor"));
        ctx.json(m.database().jdbi().withHandle(h -> {
            try {
                return ListPage.read(h, lists.table(), filter, DocTable.Sort.BY_ID, cursor, limit, changeToken);
            } catch (IllegalArgumentException e) {
                throw ApiError.invalidParameter("cursor", e.getMessage());
            }
        }));
    }

    public void get(Context ctx) {
        String id = ctx.pathParam("pickListId");
        PickList list = m.database().jdbi().withHandle(h -> service.load(h, id));
        Etags.set(ctx, list.version());
        ctx.json(list);
    }

    public void assign(Context ctx) {
        String id = ctx.pathParam("pickListId");
        PickListAssign body = Json.read(ctx, m.json(), PickListAssign.class);
        m.writes().execute(ctx, tx -> answer(service.assign(tx, id, body, ifMatch(ctx))));
    }

    public void confirm(Context ctx) {
        String id = ctx.pathParam("pickListId");
        String lineId = ctx.pathParam("lineId");
        PickConfirm body = Json.read(ctx, m.json(), PickConfirm.class);
        m.writes().execute(ctx, tx -> answer(service.confirm(tx, id, lineId, body)));
    }

    public void shortPick(Context ctx) {
        String id = ctx.pathParam("pickListId");
        String lineId = ctx.pathParam("lineId");
        PickShort body = Json.read(ctx, m.json(), PickShort.class);
        m.writes().execute(ctx, tx -> answer(service.shortPick(tx, id, lineId, body)));
    }

    public void pack(Context ctx) {
        String id = ctx.pathParam("pickListId");
        PackCreate body = Json.read(ctx, m.json(), PackCreate.class);
        m.writes().execute(ctx, tx -> answer(service.pack(tx, id, body, ifMatch(ctx))));
    }

    public void ship(Context ctx) {
        String id = ctx.pathParam("pickListId");
        ShipCreate body = Json.read(ctx, m.json(), ShipCreate.class);
        m.writes().execute(ctx, tx -> answer(service.ship(tx, id, body, ifMatch(ctx))));
    }

    private static WriteResult answer(PickList list) {
        return WriteResult.ok(list).withEtag(list.version());
    }

    private static IfMatch ifMatch(Context ctx) {
        return (version, current) -> Etags.checkIfMatch(ctx, version, current);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
