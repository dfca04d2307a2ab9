package com.trendythreads.opsdesk.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// The changed fields of a record: `before` and `after` hold only what differs, in the record's own shape, so
/// the resource's PII masker works on them unchanged. Objects are compared field by field; arrays of objects
/// that carry an `id` (or a `sku`) are matched by it and each changed element keeps that key; any other
/// value that differs is taken whole. `version` and `updatedAt` are bookkeeping and never count as a change.
///
/// @param paths the changed leaves, e.g. `variants[TT-1-M].priceCents`, for the summary
public record AuditDiff(ObjectNode before, ObjectNode after, List<String> paths) {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Set<String> IGNORED = Set.of("version", "updatedAt");

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /// `before` null = created (after is the whole record); `after` null = deleted (before is the whole record).
    public static AuditDiff of(JsonNode before, JsonNode after) {
        List<String> paths = new ArrayList<>();
        if (before == null || before.isNull()) {
            ObjectNode a = after instanceof ObjectNode o ? withoutIgnored(o) : F.objectNode();
            a.fieldNames().forEachRemaining(paths::add);
            return new AuditDiff(null, a, paths);
        }
        if (after == null || after.isNull()) {
            ObjectNode b = before instanceof ObjectNode o ? withoutIgnored(o) : F.objectNode();
            b.fieldNames().forEachRemaining(paths::add);
            return new AuditDiff(b, null, paths);
        }
        ObjectNode b = F.objectNode();
        ObjectNode a = F.objectNode();
        diffObjects((ObjectNode) before, (ObjectNode) after, b, a, "", paths, true);
        return new AuditDiff(b, a, paths);
    }

    private static ObjectNode withoutIgnored(ObjectNode o) {
        ObjectNode copy = o.deepCopy();
        copy.remove(IGNORED);
        return copy;
    }

    private static void diffObjects(ObjectNode before, ObjectNode after, ObjectNode b, ObjectNode a, String prefix,
                                    List<String> paths, boolean top) {
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (top && IGNORED.contains(name)) continue;
            JsonNode x = before.get(name);
            JsonNode y = after.get(name);
            if (same(x, y)) continue;
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            if (x instanceof ObjectNode xo && y instanceof ObjectNode yo) {
                ObjectNode bb = F.objectNode();
                ObjectNode aa = F.objectNode();
                diffObjects(xo, yo, bb, aa, path, paths, false);
                b.set(name, bb);
                a.set(name, aa);
            } else if (x instanceof ArrayNode xa && y instanceof ArrayNode ya && keyOf(xa, ya) != null) {
                diffKeyed(xa, ya, keyOf(xa, ya), name, b, a, path, paths);
            } else {
                b.set(name, x == null ? F.nullNode() : x.deepCopy());
                a.set(name, y == null ? F.nullNode() : y.deepCopy());
                paths.add(path);
            }
        }
    }

    private static void diffKeyed(ArrayNode x, ArrayNode y, String key, String name, ObjectNode b, ObjectNode a,
                                  String path, List<String> paths) {
        Map<String, ObjectNode> xs = index(x, key);
        Map<String, ObjectNode> ys = index(y, key);
        Set<String> keys = new LinkedHashSet<>(xs.keySet());
        keys.addAll(ys.keySet());
        ArrayNode bb = F.arrayNode();
        ArrayNode aa = F.arrayNode();
        for (String k : keys) {
            ObjectNode xe = xs.get(k);
            ObjectNode ye = ys.get(k);
            if (same(xe, ye)) continue;
            String here = path + "[" + k + "]";
            if (xe == null || ye == null) {
                if (xe != null) bb.add(xe.deepCopy());
                if (ye != null) aa.add(ye.deepCopy());
                paths.add(here + (xe == null ? " added" : " removed"));
                continue;
            }
            ObjectNode be = F.objectNode().put(key, k);
            ObjectNode ae = F.objectNode().put(key, k);
            diffObjects(xe, ye, be, ae, here, paths, false);
            bb.add(be);
            aa.add(ae);
        }
        b.set(name, bb);
        a.set(name, aa);
    }

    private static Map<String, ObjectNode> index(ArrayNode array, String key) {
        Map<String, ObjectNode> map = new LinkedHashMap<>();
        array.forEach(e -> map.put(e.get(key).asText(), (ObjectNode) e));
        return map;
    }

    /// `id`, else `sku`, when every element of both arrays is an object with that key; else null.
    private static String keyOf(ArrayNode x, ArrayNode y) {
        for (String key : List.of("id", "sku")) {
            if (allHave(x, key) && allHave(y, key) && (!x.isEmpty() || !y.isEmpty())) return key;
        }
        return null;
    }

    private static boolean allHave(ArrayNode array, String key) {
        for (JsonNode e : array) {
            if (!(e instanceof ObjectNode o) || !o.hasNonNull(key)) return false;
        }
        return true;
    }

    private static boolean same(JsonNode x, JsonNode y) {
        boolean xMissing = x == null || x.isNull();
        boolean yMissing = y == null || y.isNull();
        if (xMissing || yMissing) return xMissing == yMissing;
        return x.equals(y);
    }
}
