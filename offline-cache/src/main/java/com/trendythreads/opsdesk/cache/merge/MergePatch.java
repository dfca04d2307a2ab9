package com.trendythreads.opsdesk.cache.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/// JSON merge patches (RFC 7386), the semantics of the platform's `PATCH`: a member present in
/// the patch replaces the target's, `null` removes it, objects merge recursively, arrays are
/// replaced whole.
public final class MergePatch {

    private MergePatch() {
    }

    /// The target with the patch applied; neither argument is modified.
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch == null ? target : patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), apply(result.get(e.getKey()), e.getValue()));
            }
        }
        return result;
    }

    /// Whether applying the patch to the target would change nothing.
    public static boolean isNoOp(JsonNode target, JsonNode patch) {
        return apply(target, patch).equals(target);
    }
}
