package com.trendythreads.opsdesk.platform.campaigns;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignMetrics;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignPatch;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignSchedule;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.crm.DomainDeps;
import com.trendythreads.opsdesk.platform.crm.Responses;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Etags;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.Params;
import com.trendythreads.opsdesk.platform.http.Validation;
import com.trendythreads.opsdesk.platform.store.DocTable;
import com.trendythreads.opsdesk.platform.store.Filter;
import com.trendythreads.opsdesk.platform.writes.Tx;
import com.trendythreads.opsdesk.platform.writes.WriteResult;
import com.trendythreads.opsdesk.platform.store.Counters;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/// `listCampaigns`, `createCampaign`, `getCampaign`, `updateCampaign`, `scheduleCampaign`, `getCampaignMetrics`.
public final class CampaignHandlers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> PATCH_FIELDS = Set.of("name", "channel", "startsAt", "endsAt", "budgetCents",
            "segmentId", "promoCodes", "subject", "body", "status");
    /// What a running or ended campaign may still change: it is already out, only money and time remain.
    private static final Set<String> LIVE_FIELDS = Set.of("budgetCents", "endsAt");

    private final DomainDeps deps;
    private final CampaignTables tables;

    public CampaignHandlers(DomainDeps deps, CampaignTables tables) {
        this.deps = deps;
        this.tables = tables;
    }

    public void list(Context ctx) {
        CampaignStatus status = Params.enumParam(ctx, "status", CampaignStatus.class);
        CampaignChannel channel = Params.enumParam(ctx, "channel", CampaignChannel.class);
        Responses.page(ctx, deps, tables.campaigns, Filter.all().eq("status", status).eq("channel", channel),
                DocTable.Sort.BY_ID, c -> c);
    }

    public void get(Context ctx) {
        Campaign c = deps.jdbi().withHandle(h -> find(h, ctx.pathParam("campaignId")));
        Responses.single(ctx, deps.json(), c, c.version());
    }

    public void create(Context ctx) {
        CampaignCreate body = Json.read(ctx, deps.json(), CampaignCreate.class);
        deps.writes().execute(ctx, tx -> {
            Handle h = tx.handle();
            List<String> codes = body.promoCodes() == null ? List.of() : body.promoCodes();
            Validation v = Validation.forBody();
            validateContent(v, h, body.name(), true, body.channel(), body.budgetCents(), true, body.startsAt(),
                    body.endsAt(), body.segmentId(), codes, body.subject(), body.body(), 0);
            v.throwIfAny();
            String id = Counters.next(h, Counters.Sequence.CAMPAIGN);
            Campaign c = new Campaign(id, body.name(), body.channel(), body.startsAt(), body.endsAt(),
                    body.budgetCents(), body.segmentId(), List.copyOf(codes), body.subject(), body.body(),
                    CampaignStatus.DRAFT, 0, newAttributionId(), tx.now(), tx.now(), 1);
            tables.campaigns.insert(h, c);
            tx.recordChange("campaign", id, ChangeOp.UPSERT, c.version(), c);
            return WriteResult.created(c, "/v1/campaigns/" + id).withEtag(c.version());
        });
    }

    /// JSON merge semantics: only the fields present in the raw body change; an explicit null clears a
    /// nullable field and is refused for the others.
    public void update(Context ctx) {
        JsonNode raw = Json.readTree(ctx, deps.json());
        CampaignPatch patch = asPatch(raw);
        deps.writes().execute(ctx, tx -> {
            Handle h = tx.handle();
            Campaign cur = find(h, ctx.pathParam("campaignId"));
            Etags.requireIfMatch(ctx, cur.version(), () -> cur);
            Set<String> present = new LinkedHashSet<>();
            raw.fieldNames().forEachRemaining(present::add);
            present.retainAll(PATCH_FIELDS);
            if (cur.status() == CampaignStatus.CANCELLED) {
                throw ApiError.conflict("campaign-cancelled", "A cancelled campaign cannot change");
            }
            if ((cur.status() == CampaignStatus.RUNNING || cur.status() == CampaignStatus.ENDED)
                    && !LIVE_FIELDS.containsAll(present)) {
                List<String> refused = present.stream().filter(f -> !LIVE_FIELDS.contains(f)).toList();
                ApiError e = ApiError.conflict("campaign-live", "A " + cur.status().name().toLowerCase()
                        + " campaign only allows budgetCents and endsAt changes");
                refused.forEach(f -> e.withError(f, "cannot change once the campaign is "
                        + cur.status().name().toLowerCase()));
                throw e;
            }
            Validation v = Validation.forBody();
            for (String f : List.of("name", "channel", "budgetCents", "promoCodes", "status")) {
                v.check(!(raw.has(f) && raw.get(f).isNull()), f, "cannot be null");
            }
            v.throwIfAny();
            String name = raw.has("name") ? patch.name() : cur.name();
            CampaignChannel channel = raw.has("channel") ? patch.channel() : cur.channel();
            Instant startsAt = raw.has("startsAt") ? patch.startsAt() : cur.startsAt();
            Instant endsAt = raw.has("endsAt") ? patch.endsAt() : cur.endsAt();
            long budget = raw.has("budgetCents") ? patch.budgetCents() : cur.budgetCents();
            String segmentId = raw.has("segmentId") ? patch.segmentId() : cur.segmentId();
            List<String> codes = raw.has("promoCodes") ? patch.promoCodes() : cur.promoCodes();
            String subject = raw.has("subject") ? patch.subject() : cur.subject();
            String text = raw.has("body") ? patch.body() : cur.body();
            CampaignStatus status = cur.status();
            if (patch.status() != null) {
                status = CampaignStatus.valueOf(patch.status().name());
            }
            validateContent(v, h, name, raw.has("name"), channel, budget, raw.has("budgetCents"), startsAt, endsAt,
                    raw.has("segmentId") ? segmentId : null, raw.has("promoCodes") ? codes : List.of(),
                    subject, text, cur.spendCents());
            v.throwIfAny();
            Campaign next = new Campaign(cur.id(), name, channel, startsAt, endsAt, budget, segmentId,
                    List.copyOf(codes), subject, text, status, cur.spendCents(), cur.attributionId(),
                    cur.createdAt(), tx.now(), cur.version() + 1);
            return save(tx, cur, next, 200);
        });
    }

    public void schedule(Context ctx) {
        CampaignSchedule body = Json.read(ctx, deps.json(), CampaignSchedule.class);
        deps.writes().execute(ctx, tx -> {
            Handle h = tx.handle();
            Campaign cur = find(h, ctx.pathParam("campaignId"));
            Etags.checkIfMatch(ctx, cur.version(), () -> cur);
            if (cur.status() != CampaignStatus.DRAFT) {
                throw ApiError.conflict("campaign-not-draft", "Only a draft campaign can be scheduled; this one is "
                        + cur.status()).withError("status", "is " + cur.status());
            }
            Validation v = Validation.forBody();
            v.require("sendAt", body.sendAt());
            v.check(body.sendAt() == null || body.sendAt().isAfter(tx.now()), "sendAt", "must be in the future");
            v.check(body.sendAt() == null || cur.endsAt() == null || body.sendAt().isBefore(cur.endsAt()),
                    "sendAt", "must be before endsAt");
            v.check(cur.segmentId() != null, "segmentId", "is required to schedule: choose an audience first");
            if (cur.channel() == CampaignChannel.EMAIL || cur.channel() == CampaignChannel.PUSH) {
                v.require("subject", cur.subject());
                v.require("body", cur.body());
            }
            v.throwIfAny();
            // The send starts the campaign, so the scheduled time becomes its start.
            Campaign next = new Campaign(cur.id(), cur.name(), cur.channel(), body.sendAt(), cur.endsAt(),
                    cur.budgetCents(), cur.segmentId(), cur.promoCodes(), cur.subject(), cur.body(),
                    CampaignStatus.SCHEDULED, cur.spendCents(), cur.attributionId(), cur.createdAt(), tx.now(),
                    cur.version() + 1);
            return save(tx, cur, next, 200);
        });
    }

    /// Metrics, one definition for every campaign:
    /// - sends/opens/clicks: the platform's delivery row (`campaign_delivery`), zero before the first send;
    /// - orders: orders whose `campaignId` is the campaign's `attributionId`, cancelled orders excluded;
    /// - revenueCents: their `totalCents − refundedCents` (never below zero per order), i.e. net of refunds;
    /// - redemptions: `code_redemptions` rows of the campaign's codes, i.e. the codes it lists plus the codes
    ///   whose `campaignId` is the campaign;
    /// - spendCents: the campaign's own `spendCents`.
    public void metrics(Context ctx) {
        CampaignMetrics m = deps.jdbi().withHandle(h -> {
            Campaign c = find(h, ctx.pathParam("campaignId"));
            long[] delivery = h.createQuery("SELECT sends, opens, clicks FROM campaign_delivery WHERE campaign_id = :id")
                    .bind("id", c.id())
                    .map((rs, x) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                    .findOne().orElse(new long[3]);
            long orders = 0;
            long revenue = 0;
            for (String doc : h.createQuery("SELECT doc FROM orders WHERE campaign_id = :a AND status <> 'CANCELLED'")
                    .bind("a", c.attributionId()).mapTo(String.class).list()) {
                Order o = readOrder(doc);
                orders++;
                revenue += Math.max(0, o.totalCents() - o.refundedCents());
            }
            Set<String> codes = new LinkedHashSet<>(c.promoCodes());
            codes.addAll(h.createQuery("SELECT code FROM promo_codes WHERE campaign_id = :id").bind("id", c.id())
                    .mapTo(String.class).list());
            long redemptions = codes.isEmpty() ? 0 : h.createQuery(
                            "SELECT COUNT(*) FROM code_redemptions WHERE code IN (<codes>)")
                    .bindList("codes", new ArrayList<>(codes)).mapTo(Long.class).one();
            return new CampaignMetrics(c.id(), delivery[0], delivery[1], delivery[2], orders, revenue, redemptions,
                    c.spendCents(), deps.clock().instant());
        });
        Responses.json(ctx, deps.json(), m);
    }

    private Order readOrder(String doc) {
        try {
            return deps.json().readValue(doc, Order.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("Corrupt order document", e);
        }
    }

    private WriteResult save(Tx tx, Campaign cur, Campaign next, int status) {
        tables.campaigns.update(tx.handle(), next, cur.version());
        tx.recordChange("campaign", next.id(), ChangeOp.UPSERT, next.version(), next);
        return new WriteResult(status, next, java.util.Map.of()).withEtag(next.version());
    }

    private CampaignPatch asPatch(JsonNode raw) {
        return Json.convert(deps.json(), raw, CampaignPatch.class);
    }

    /// Rules shared by create and update. `checkX` flags say whether a value came from this request (a stored
    /// value that was valid when written is not re-checked against data that changed since).
    private void validateContent(Validation v, Handle h, String name, boolean checkName, CampaignChannel channel,
                                 Long budget, boolean checkBudget, Instant startsAt, Instant endsAt,
                                 String segmentId, List<String> codes, String subject, String body, long spend) {
        if (checkName) {
            v.require("name", name).maxLength("name", name, 200);
        }
        v.require("channel", channel);
        if (checkBudget) {
            v.require("budgetCents", budget).min("budgetCents", budget, 0);
            v.check(budget == null || budget >= spend, "budgetCents", "must not be below the spend so far (" + spend
                    + ")");
        }
        v.check(endsAt == null || startsAt == null || endsAt.isAfter(startsAt), "endsAt", "must be after startsAt");
        v.maxLength("subject", subject, 200).maxLength("body", body, 20_000);
        if (segmentId != null) {
            v.check(tables.segments.find(h, segmentId).isPresent(), "segmentId", "no such segment");
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            v.check(code != null && tables.promoCodes.find(h, code).isPresent(), "promoCodes[" + i + "]",
                    "no such promo code");
        }
    }

    private Campaign find(Handle h, String id) {
        return tables.campaigns.find(h, id)
                .orElseThrow(() -> ApiError.notFound("No campaign " + id));
    }

    private static String newAttributionId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "att_" + java.util.HexFormat.of().formatHex(bytes);
    }
}
