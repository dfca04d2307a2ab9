package com.trendythreads.opsdesk.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.Role;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.changes.ResourcePolicy;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Etags;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.Params;
import com.trendythreads.opsdesk.platform.http.Validation;
import com.trendythreads.opsdesk.platform.writes.Tx;
import com.trendythreads.opsdesk.platform.writes.WriteResult;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/// A fake domain written the way real domain modules will be: handlers by operationId, writes through
/// Writes, changes recorded, ETags, validation. "widget" is readable by MERCHANDISER/MANAGER/ADMIN with
/// `secret` masked for everyone but ADMIN; "gadget" (same table, kind=gadget) only by WAREHOUSE/ADMIN.
final class WidgetsModule implements DomainModule {

    record Widget(String id, String name, String color, String status, String secret, long version) {}

    record NewWidget(String name, String color, String secret) {}

    enum Status { ACTIVE, ARCHIVED }

    private ModuleContext m;

    @Override
    public void register(ModuleContext context) {
        this.m = context;
        context.policies().register("widget", ResourcePolicy.readableBy(Role.MERCHANDISER, Role.MANAGER, Role.ADMIN)
                .masking((data, who) -> who.hasRole(Role.ADMIN) ? data : ResourcePolicy.maskFields(data, List.of("secret"))));
        context.policies().register("gadget", ResourcePolicy.readableBy(Role.WAREHOUSE, Role.ADMIN));
        context.handlers()
                .handle("listWidgets", this::list)
                .handle("createWidget", ctx -> create(ctx, "widget"))
                .handle("createGadget", ctx -> create(ctx, "gadget"))
                .handle("getWidget", this::get)
                .handle("updateWidget", this::update)
                .handle("explode", ctx -> {
                    throw new IllegalStateException("kaboom: secret internals");
                });
    }

    private ObjectMapper json() {
        return m.json();
    }

    private void list(Context ctx) {
        String changeToken = m.changes().currentChangeToken();
        Status status = Params.enumParam(ctx, "status", Status.class);
        int limit = Params.limit(ctx);
        List<Widget> items = m.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT id, name, color, status, secret, version FROM test_widgets WHERE kind = 'widget'"
                                + (status != null ? " AND status = :status" : "") + " ORDER BY id")
                .bindMap(status != null ? java.util.Map.of("status", status.name().toLowerCase()) : java.util.Map.of())
                .setMaxRows(limit)
                .map((rs, c) -> new Widget(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6)))
                .list());
        ctx.json(java.util.Map.of("items", items, "changeToken", changeToken));
    }

    private void create(Context ctx, String kind) {
        NewWidget body = Json.read(ctx, json(), NewWidget.class);
        Validation.forBody()
                .require("name", body.name())
                .maxLength("name", body.name(), 50)
                .check(body.color() == null || body.color().matches("[a-z]+"), "color", "must be lower-case letters")
                .throwIfAny();
        m.writes().execute(ctx, tx -> {
            String id = (kind.equals("widget") ? "wid_" : "gad_") + UUID.randomUUID().toString().substring(0, 8);
            Widget w = new Widget(id, body.name(), body.color(), "active", body.secret(), 1);
            tx.handle().createUpdate("""
                    INSERT INTO test_widgets (id, name, color, status, secret, kind, version)
                    VALUES (:id, :name, :color, :status, :secret, :kind, :version)""")
                    .bind("id", w.id()).bind("name", w.name()).bind("color", w.color()).bind("status", w.status())
                    .bind("secret", w.secret()).bind("version", w.version()).bind("kind", kind).execute();
            tx.recordChange(kind, id, ChangeOp.UPSERT, 1, w);
            return WriteResult.created(w, "/v1/widgets/" + id).withEtag(1);
        });
    }

    private Optional<Widget> find(org.jdbi.v3.core.Handle h, String id) {
        return h.createQuery("SELECT id, name, color, status, secret, version FROM test_widgets WHERE id = :id")
                .bind("id", id)
                .map((rs, c) -> new Widget(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6)))
                .findOne();
    }

    private void get(Context ctx) {
        Widget w = m.database().jdbi().withHandle(h -> find(h, ctx.pathParam("id")))
                .orElseThrow(() -> ApiError.notFound("No widget " + ctx.pathParam("id")));
        Etags.set(ctx, w.version());
        ctx.json(w);
    }

    private void update(Context ctx) {
        JsonNode patch = Json.readTree(ctx, json());
        Validation v = Validation.forBody();
        if (patch.has("name")) v.require("name", patch.get("name").asText(null)).maxLength("name", patch.get("name").asText(), 50);
        v.throwIfAny();
        m.writes().execute(ctx, tx -> {
            Widget current = find(tx.handle(), ctx.pathParam("id"))
                    .orElseThrow(() -> ApiError.notFound("No widget " + ctx.pathParam("id")));
            Etags.requireIfMatch(ctx, current.version(), () -> current);
            Widget next = new Widget(current.id(),
                    patch.has("name") ? patch.get("name").asText() : current.name(),
                    patch.has("color") ? patch.get("color").asText(null) : current.color(),
                    current.status(), current.secret(), current.version() + 1);
            save(tx, next);
            return WriteResult.ok(next).withEtag(next.version());
        });
    }

    private static void save(Tx tx, Widget w) {
        tx.handle().createUpdate("UPDATE test_widgets SET name = :name, color = :color, version = :version WHERE id = :id")
                .bind("id", w.id()).bind("name", w.name()).bind("color", w.color()).bind("version", w.version()).execute();
        tx.recordChange("widget", w.id(), ChangeOp.UPSERT, w.version(), w);
    }

    /// Used by tests to make changes without HTTP.
    static void touch(ModuleContext m, String id) {
        m.writes().run(Principal.SYSTEM, tx -> {
            tx.recordChange("widget", id, ChangeOp.UPSERT, 1, java.util.Map.of("id", id));
            return null;
        });
    }
}
