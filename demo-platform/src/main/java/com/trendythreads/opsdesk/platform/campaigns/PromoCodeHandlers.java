package com.trendythreads.opsdesk.platform.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeBulkCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeBulkResult;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodePatch;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoScope;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.api.dto.campaigns.Segment;
import com.trendythreads.opsdesk.api.dto.campaigns.SegmentCreate;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.crm.DomainDeps;
import com.trendythreads.opsdesk.platform.crm.Responses;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Etags;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.Validation;
import com.trendythreads.opsdesk.platform.store.Counters;
import com.trendythreads.opsdesk.platform.store.DocTable;
import com.trendythreads.opsdesk.platform.store.Filter;
import com.trendythreads.opsdesk.platform.writes.WriteResult;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/// `listPromoCodes`, `createPromoCode`, `getPromoCode`, `updatePromoCode`, `bulkCreatePromoCodes`, `listSegments`,
/// `createSegment`.
public final class PromoCodeHandlers {

    static final String CODE_PATTERN = "^[A-Z0-9][A-Z0-9_-]{2,31}$";
    /// No 0/O, 1/I/L: codes are read aloud on the phone and typed from print.
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DomainDeps deps;
    private final CampaignTables tables;

    public PromoCodeHandlers(DomainDeps deps, CampaignTables tables) {
        this.deps = deps;
        this.tables = tables;
    }

    public void list(Context ctx) {
        Boolean active = booleanParam(ctx, "active");
        String q = ctx.queryParam("q");
        Filter f = Filter.all().eq("campaign_id", emptyToNull(ctx.queryParam("campaignId"))).eq("active", active)
                .where(q != null && !q.isEmpty(), "code LIKE :q " + Responses.LIKE_ESCAPE,
                        Map.of("q", Responses.likeEscape(q == null ? "" : q.toUpperCase(Locale.ROOT)) + "%"));
        Responses.page(ctx, deps, tables.promoCodes, f, DocTable.Sort.BY_ID, p -> p);
    }

    public void listSegments(Context ctx) {
        Responses.page(ctx, deps, tables.segments, Filter.all(), DocTable.Sort.BY_ID, s -> s);
    }

    /// `createSegment`: the members are checked in chunks (an audience can hold every customer) and the first
    /// unknown or erased one is named.
    public void createSegment(Context ctx) {
        SegmentCreate body = Json.read(ctx, deps.json(), SegmentCreate.class);
        deps.writes().execute(ctx, tx -> {
            Validation v = Validation.forBody();
            v.require("name", body.name()).maxLength("name", body.name(), 120)
                    .maxLength("description", body.description(), 500)
                    .require("rule", body.rule()).maxLength("rule", body.rule(), 2_000)
                    .require("customerIds", body.customerIds());
            List<String> ids = body.customerIds() == null ? List.of() : body.customerIds();
            v.check(ids.size() <= 500_000, "customerIds", "must hold at most 500000 ids");
            v.throwIfAny();
            Handle h = tx.handle();
            Set<String> members = new LinkedHashSet<>();
            for (int from = 0; from < ids.size(); from += 1_000) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
                Set<String> known = new HashSet<>(h.createQuery(
                                "SELECT id FROM customers WHERE NOT erased AND id IN (<ids>)")
                        .bindList("ids", chunk).mapTo(String.class).list());
                for (int i = 0; i < chunk.size(); i++) {
                    String id = chunk.get(i);
                    if (id == null || !known.contains(id)) {
                        throw ApiError.unprocessable("validation-failed", "Customer '" + id
                                        + "' does not exist or was erased")
                                .withError("customerIds[" + (from + i) + "]", "no such customer");
                    }
                    members.add(id);
                }
            }
            String id = Counters.next(h, Counters.Sequence.SEGMENT);
            Segment segment = new Segment(id, body.name(), body.description() == null ? "" : body.description(),
                    body.rule(), members.size(), 1);
            tables.segments.insert(h, segment);
            PreparedBatch batch = h.prepareBatch("INSERT INTO segment_members (segment_id, customer_id) VALUES (:s, :c)");
            for (String c : members) {
                batch.bind("s", id).bind("c", c).add();
            }
            batch.execute();
            tx.recordChange("segment", id, ChangeOp.UPSERT, 1, segment);
            return WriteResult.created(segment, "/v1/segments/" + id).withEtag(1);
        });
    }

    public void get(Context ctx) {
        PromoCode p = deps.jdbi().withHandle(h -> find(h, ctx.pathParam("code")));
        Responses.single(ctx, deps.json(), p, p.version());
    }

    public void create(Context ctx) {
        PromoCodeCreate body = Json.read(ctx, deps.json(), PromoCodeCreate.class);
        deps.writes().execute(ctx, tx -> {
            Handle h = tx.handle();
            Validation v = Validation.forBody();
            v.require("code", body.code()).pattern("code", body.code(), CODE_PATTERN,
                    "3–32 capital letters, digits, '-' or '_', starting with a letter or digit");
            validateTerms(v, h, body.type(), body.value(), body.validFrom(), body.validUntil(), body.usageLimitTotal(),
                    body.usageLimitPerCustomer(), body.minOrderCents(), body.scope(), body.campaignId());
            v.throwIfAny();
            if (tables.promoCodes.find(h, body.code()).isPresent()) {
                throw ApiError.conflict("duplicate-code", "Promo code " + body.code() + " already exists")
                        .withError("code", "already exists");
            }
            PromoCode p = new PromoCode(body.code(), body.type(), body.value(), body.validFrom(), body.validUntil(),
                    body.usageLimitTotal(), body.usageLimitPerCustomer(), body.minOrderCents(), scope(body.scope()),
                    body.campaignId(), true, 0, tx.now(), 1);
            tables.promoCodes.insert(h, p);
            tx.recordChange("promo_code", p.code(), ChangeOp.UPSERT, p.version(), p);
            return WriteResult.created(p, "/v1/promo-codes/" + p.code()).withEtag(p.version());
        });
    }

    public void update(Context ctx) {
        JsonNode raw = Json.readTree(ctx, deps.json());
        PromoCodePatch patch = Json.convert(deps.json(), raw, PromoCodePatch.class);
        deps.writes().execute(ctx, tx -> {
            Handle h = tx.handle();
            PromoCode cur = find(h, ctx.pathParam("code"));
            Etags.requireIfMatch(ctx, cur.version(), () -> cur);
            Validation v = Validation.forBody();
            v.check(!(raw.has("active") && raw.get("active").isNull()), "active", "cannot be null");
            v.throwIfAny();
            boolean active = raw.has("active") ? patch.active() : cur.active();
            Instant validUntil = raw.has("validUntil") ? patch.validUntil() : cur.validUntil();
            Integer total = raw.has("usageLimitTotal") ? patch.usageLimitTotal() : cur.usageLimitTotal();
            Integer perCustomer = raw.has("usageLimitPerCustomer") ? patch.usageLimitPerCustomer()
                    : cur.usageLimitPerCustomer();
            Long minOrder = raw.has("minOrderCents") ? patch.minOrderCents() : cur.minOrderCents();
            String campaignId = raw.has("campaignId") ? patch.campaignId() : cur.campaignId();
            v.check(validUntil == null || validUntil.isAfter(cur.validFrom()), "validUntil", "must be after validFrom");
            v.min("usageLimitTotal", total, 1).min("usageLimitPerCustomer", perCustomer, 1)
                    .min("minOrderCents", minOrder, 0);
            if (raw.has("campaignId") && campaignId != null) {
                v.check(tables.campaigns.find(h, campaignId).isPresent(), "campaignId", "no such campaign");
            }
            v.throwIfAny();
            PromoCode next = new PromoCode(cur.code(), cur.type(), cur.value(), cur.validFrom(), validUntil, total,
                    perCustomer, minOrder, cur.scope(), campaignId, active, cur.redemptions(), cur.createdAt(),
                    cur.version() + 1);
            tables.promoCodes.update(h, next, cur.version());
            tx.recordChange("promo_code", next.code(), ChangeOp.UPSERT, next.version(), next);
            return WriteResult.ok(next).withEtag(next.version());
        });
    }

    /// N codes `<PREFIX>-<random>` in one transaction: all or nothing, one change per code. A random part
    /// that collides with an existing code (or another in the batch) is drawn again.
    public void bulkCreate(Context ctx) {
        PromoCodeBulkCreate body = Json.read(ctx, deps.json(), PromoCodeBulkCreate.class);
        deps.writes().execute(ctx, tx -> {
            Handle h = tx.handle();
            Validation v = Validation.forBody();
            v.require("prefix", body.prefix()).pattern("prefix", body.prefix(), "^[A-Z0-9]{2,12}$",
                    "2–12 capital letters or digits");
            v.require("count", body.count()).min("count", body.count(), 1).max("count", body.count(), 10_000);
            v.min("randomLength", body.randomLength(), 6).max("randomLength", body.randomLength(), 16);
            validateTerms(v, h, body.type(), body.value(), body.validFrom(), body.validUntil(),
                    body.usageLimitTotal(), body.usageLimitPerCustomer(), body.minOrderCents(), body.scope(),
                    body.campaignId());
            v.throwIfAny();
            int length = body.randomLength() == null ? 8 : body.randomLength();
            List<String> codes = generate(h, body.prefix(), body.count(), length);
            PromoScope scope = scope(body.scope());
            for (String code : codes) {
                PromoCode p = new PromoCode(code, body.type(), body.value(), body.validFrom(), body.validUntil(),
                        body.usageLimitTotal(), body.usageLimitPerCustomer(), body.minOrderCents(), scope,
                        body.campaignId(), true, 0, tx.now(), 1);
                tables.promoCodes.insert(h, p);
                tx.recordChange("promo_code", code, ChangeOp.UPSERT, 1, p);
            }
            return new WriteResult(201, new PromoCodeBulkResult(codes.size(), codes), Map.of());
        });
    }

    static List<String> generate(Handle h, String prefix, int count, int length) {
        Set<String> codes = new LinkedHashSet<>();
        int rounds = 0;
        while (codes.size() < count) {
            if (++rounds > 20) {
                throw ApiError.unprocessable("codes-exhausted", "Could not find " + count
                        + " unused codes with this prefix and length").withError("randomLength", "is too short");
            }
            List<String> fresh = new ArrayList<>();
            while (codes.size() + fresh.size() < count) {
                String c = prefix + "-" + random(length);
                if (!codes.contains(c) && !fresh.contains(c)) {
                    fresh.add(c);
                }
            }
            Set<String> taken = new HashSet<>();
            for (int i = 0; i < fresh.size(); i += 500) {
                taken.addAll(h.createQuery("SELECT code FROM promo_codes WHERE code IN (<codes>)")
                        .bindList("codes", fresh.subList(i, Math.min(fresh.size(), i + 500)))
                        .mapTo(String.class).list());
            }
            fresh.stream().filter(c -> !taken.contains(c)).forEach(codes::add);
        }
        return List.copyOf(codes);
    }

    private static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private void validateTerms(Validation v, Handle h, PromoType type, Long value, Instant validFrom,
                               Instant validUntil, Integer usageLimitTotal, Integer usageLimitPerCustomer,
                               Long minOrderCents, PromoScope scope, String campaignId) {
        v.require("type", type).require("value", value).require("validFrom", validFrom);
        if (type != null && value != null) {
            switch (type) {
                case PERCENT -> v.check(value >= 0 && value <= 100, "value", "must be a percentage 0–100");
                case FIXED_AMOUNT -> v.check(value >= 1, "value", "must be at least 1 cent");
                case FREE_SHIPPING -> v.check(value == 0, "value", "must be 0 for FREE_SHIPPING");
            }
        }
        v.check(validUntil == null || validFrom == null || validUntil.isAfter(validFrom), "validUntil",
                "must be after validFrom");
        v.min("usageLimitTotal", usageLimitTotal, 1).min("usageLimitPerCustomer", usageLimitPerCustomer, 1)
                .min("minOrderCents", minOrderCents, 0);
        if (scope != null) {
            checkIds(v, h, "scope.categoryIds", scope.categoryIds(), "categories");
            checkIds(v, h, "scope.productIds", scope.productIds(), "products");
        }
        if (campaignId != null) {
            v.check(tables.campaigns.find(h, campaignId).isPresent(), "campaignId", "no such campaign");
        }
    }

    private static void checkIds(Validation v, Handle h, String field, List<String> ids, String table) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            boolean exists = id != null && h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE id = :id")
                    .bind("id", id).mapTo(Integer.class).one() > 0;
            v.check(exists, field + "[" + i + "]", "no such " + table.substring(0, table.length() - 1)
                    .replace("categorie", "category"));
        }
    }

    private static PromoScope scope(PromoScope s) {
        if (s == null) {
            return new PromoScope(List.of(), List.of());
        }
        return new PromoScope(s.categoryIds() == null ? List.of() : List.copyOf(s.categoryIds()),
                s.productIds() == null ? List.of() : List.copyOf(s.productIds()));
    }

    private PromoCode find(Handle h, String code) {
        return tables.promoCodes.find(h, code).orElseThrow(() -> ApiError.notFound("No promo code " + code));
    }

    static Boolean booleanParam(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiError.invalidParameter(name, "must be true or false");
        };
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
