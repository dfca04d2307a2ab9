package com.trendythreads.opsdesk.viewmodels.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.audit.AuditEvent;
import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// One audit event as a row: who, when, what, from where, and its changes as `field: before → after` lines.
///
/// @param target the record link where a workspace opens this entity type, else null
public record AuditEventItem(String id, Instant at, String when, String who, String client, String requestId,
                             String action, String entityType, String entityId, String summary, List<String> changes,
                             Target target) {

    private static final Map<String, Target> TARGETS = Map.of("product", Target.PRODUCT, "order", Target.ORDER,
            "customer", Target.CUSTOMER, "ticket", Target.TICKET, "campaign", Target.CAMPAIGN,
            "pick_list", Target.PICK_LIST, "stock", Target.STOCK);

    public static AuditEventItem of(AuditEvent e, String when) {
        return new AuditEventItem(e.id(), e.at(), when, e.username(), e.client() == null ? "" : e.client(),
                e.requestId() == null ? "" : e.requestId(), e.action(), e.entityType(),
                e.entityId() == null ? "" : e.entityId(), e.summary(), changes(e.before(), e.after()),
                e.entityId() == null ? null : TARGETS.get(e.entityType()));
    }

    public Optional<Target> link() {
        return Optional.ofNullable(target);
    }

    /// The changes as one text, a line per changed field.
    public String changesText() {
        return String.join("\n", changes);
    }

    /// `path: before → after` per changed leaf; arrays of keyed objects show the key (`variants[SKU].priceCents`).
    static List<String> changes(JsonNode before, JsonNode after) {
        List<String> out = new ArrayList<>();
        walk("", before, after, out);
        return out;
    }

    private static void walk(String path, JsonNode b, JsonNode a, List<String> out) {
        boolean bObj = b != null && b.isObject();
        boolean aObj = a != null && a.isObject();
        if (bObj || aObj) {
            Set<String> names = new LinkedHashSet<>();
            if (bObj) b.fieldNames().forEachRemaining(names::add);
            if (aObj) a.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                walk(path.isEmpty() ? n : path + "." + n, bObj ? b.get(n) : null, aObj ? a.get(n) : null, out);
            }
            return;
        }
        if (isKeyed(b) || isKeyed(a)) {
            Map<String, JsonNode> bs = index(b);
            Map<String, JsonNode> as = index(a);
            Set<String> keys = new LinkedHashSet<>(bs.keySet());
            keys.addAll(as.keySet());
            for (String k : keys) {
                JsonNode be = bs.get(k);
                JsonNode ae = as.get(k);
                if (be == null || ae == null) {
                    out.add(path + "[" + k + "]: " + (be == null ? "—" : "removed") + " → " + (ae == null ? "—" : "added"));
                } else {
                    walk(path + "[" + k + "]", strip(be), strip(ae), out);
                }
            }
            return;
        }
        out.add(path + ": " + text(b) + " → " + text(a));
    }

    private static JsonNode strip(JsonNode keyed) {
        var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) keyed).deepCopy();
        copy.remove(List.of("id", "sku"));
        return copy;
    }

    private static boolean isKeyed(JsonNode n) {
        if (n == null || !n.isArray() || n.isEmpty()) return false;
        for (JsonNode e : n) {
            if (!e.isObject() || !(e.hasNonNull("id") || e.hasNonNull("sku"))) return false;
        }
        return true;
    }

    private static Map<String, JsonNode> index(JsonNode n) {
        Map<String, JsonNode> m = new java.util.LinkedHashMap<>();
        if (isKeyed(n)) {
            n.forEach(e -> m.put(e.hasNonNull("id") ? e.get("id").asText() : e.get("sku").asText(), e));
        }
        return m;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "—";
        String s = n.isValueNode() ? n.asText() : n.toString();
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }
}
