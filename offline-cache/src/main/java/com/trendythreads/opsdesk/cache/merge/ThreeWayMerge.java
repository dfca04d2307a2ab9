package com.trendythreads.opsdesk.cache.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// Merges a local edit (a merge patch made against `base`) with the platform's current state,
/// field by field.
///
/// - A field only I changed: my value goes into the patch that is still to be sent.
/// - A field only they changed: theirs stays (it is already in their document).
/// - A field both changed to the same value: nothing left to send.
/// - A field both changed to different values: a [FieldConflict] for the user.
///
/// Objects are compared member by member (so two people editing different attributes of one
/// product do not collide); arrays and scalars are one field each.
public final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    /// @param autoPatch what of my edit still applies cleanly on top of theirs (may be empty)
    /// @param conflicts fields that need the user's decision
    public record Result(ObjectNode autoPatch, List<FieldConflict> conflicts) {

        public boolean clean() {
            return conflicts.isEmpty();
        }

        /// The patch to send once the user has chosen: my value for fields in `keepMine`,
        /// theirs (nothing to send) for the others.
        public ObjectNode resolve(java.util.Set<String> keepMine) {
            ObjectNode patch = autoPatch.deepCopy();
            for (FieldConflict c : conflicts) {
                if (keepMine.contains(c.path())) {
                    put(patch, c.path(), c.mine() == null ? NullNode.getInstance() : c.mine());
                }
            }
            return patch;
        }
    }

    public static Result merge(JsonNode base, JsonNode minePatch, JsonNode theirs) {
        ObjectNode auto = JsonNodeFactory.instance.objectNode();
        List<FieldConflict> conflicts = new ArrayList<>();
        walk("", base, minePatch, theirs, auto, conflicts);
        return new Result(auto, List.copyOf(conflicts));
    }

    private static void walk(String prefix, JsonNode base, JsonNode patch, JsonNode theirs, ObjectNode auto,
            List<FieldConflict> conflicts) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            JsonNode b = child(base, name);
            JsonNode t = child(theirs, name);
            JsonNode m = e.getValue();
            if (m.isObject() && (t == null || t.isObject()) && (b == null || b.isObject())) {
                walk(path, b, m, t, auto, conflicts);
                continue;
            }
            JsonNode mine = m.isNull() ? null : m;
            if (Objects.equals(t, mine)) {
                continue; // they already hold my value
            }
            if (Objects.equals(t, b)) {
                put(auto, path, m); // only I changed it
            } else if (!Objects.equals(mine, b)) {
                conflicts.add(new FieldConflict(path, b, mine, t));
            }
            // else: only they changed it and my patch repeats the base value: theirs stays
        }
    }

    private static JsonNode child(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode c = node.get(name);
        return c == null || c.isNull() ? null : c;
    }

    static void put(ObjectNode root, String dottedPath, JsonNode value) {
        String[] parts = dottedPath.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = node.get(parts[i]);
            if (next == null || !next.isObject()) {
                next = node.putObject(parts[i]);
            }
            node = (ObjectNode) next;
        }
        node.set(parts[parts.length - 1], value);
    }
}
