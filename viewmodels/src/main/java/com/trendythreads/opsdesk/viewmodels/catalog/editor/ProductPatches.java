package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.catalog.Media;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductCreate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// What a save sends: a JSON merge patch of only the fields that changed (`ProductPatch`), and how it
/// shows locally until the platform answers.
///
/// - `variants` is sent whole: the platform replaces the list and matches variants by SKU. Every
///   variant field is written out, a cleared compare-at price or cost as an explicit `null` (an absent
///   one would keep the old value).
/// - `attributes` is sent whole too (the platform replaces the map); locally, attributes that are gone
///   are `null` in the local patch so the merge removes them.
/// - A new image order is `mediaOrder` (ids); locally it shows as the reordered `media` list.
final class ProductPatches {

    private static final ObjectMapper JSON = Json.mapper();
    private static final ObjectMapper REQUEST = Json.requestMapper();

    /// @param fields the changed fields' names, for the outbox entry's description
    record Patch(ObjectNode patch, ObjectNode localPatch, List<String> fields) {
        boolean isEmpty() {
            return fields.isEmpty();
        }
    }

    private ProductPatches() {
    }

    static Patch diff(Product before, Product after) {
        ObjectNode patch = JSON.createObjectNode();
        ObjectNode local = JSON.createObjectNode();
        List<String> fields = new ArrayList<>();
        text(patch, fields, "title", before.title(), after.title());
        text(patch, fields, "description", before.description(), after.description());
        text(patch, fields, "brand", before.brand(), after.brand());
        text(patch, fields, "categoryId", before.categoryId(), after.categoryId());
        text(patch, fields, "season", before.season(), after.season());
        if (before.status() != after.status()) {
            patch.put("status", after.status().name());
            fields.add("status");
        }
        local.setAll(patch);
        Map<String, String> attrsBefore = before.attributes() == null ? Map.of() : before.attributes();
        Map<String, String> attrsAfter = after.attributes() == null ? Map.of() : after.attributes();
        if (!attrsBefore.equals(attrsAfter)) {
            patch.set("attributes", JSON.valueToTree(attrsAfter));
            ObjectNode localAttrs = JSON.valueToTree(attrsAfter);
            attrsBefore.keySet().stream().filter(k -> !attrsAfter.containsKey(k)).forEach(localAttrs::putNull);
            local.set("attributes", localAttrs);
            fields.add("attributes");
        }
        if (!java.util.Set.copyOf(listOrEmpty(before.channels())).equals(java.util.Set.copyOf(listOrEmpty(after.channels())))) {
            patch.set("channels", JSON.valueToTree(listOrEmpty(after.channels())));
            local.set("channels", patch.get("channels"));
            fields.add("channels");
        }
        if (!Objects.equals(listOrEmpty(before.variants()), listOrEmpty(after.variants()))) {
            patch.set("variants", JSON.valueToTree(listOrEmpty(after.variants())));
            local.set("variants", patch.get("variants"));
            fields.add("variants");
        }
        List<String> orderBefore = ids(before.media());
        List<String> orderAfter = ids(after.media());
        if (!orderBefore.equals(orderAfter)) {
            patch.set("mediaOrder", JSON.valueToTree(orderAfter));
            ArrayNode media = local.putArray("media");
            for (int i = 0; i < after.media().size(); i++) {
                media.add(((ObjectNode) JSON.valueToTree(after.media().get(i))).put("position", i));
            }
            fields.add("mediaOrder");
        }
        if (!Objects.equals(before.mainMediaId(), after.mainMediaId())) {
            patch.put("mainMediaId", after.mainMediaId());
            local.put("mainMediaId", after.mainMediaId());
            fields.add("mainMediaId");
        }
        return new Patch(patch, local, List.copyOf(fields));
    }

    /// The body of `POST /v1/products` (absent fields left out).
    static ObjectNode create(Product p) {
        return REQUEST.valueToTree(new ProductCreate(p.title(), p.description(), p.brand(), p.categoryId(),
                p.season(), p.status(), p.attributes(), p.channels(), p.variants()));
    }

    /// How a new product shows locally until the platform names it.
    static ObjectNode localDoc(Product p) {
        ObjectNode doc = create(p);
        doc.putArray("media");
        if (!doc.has("channels")) {
            doc.putArray("channels");
        }
        if (!doc.has("variants")) {
            doc.putArray("variants");
        }
        return doc;
    }

    private static void text(ObjectNode patch, List<String> fields, String name, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            patch.put(name, blankToNull(after));
            fields.add(name);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static <T> List<T> listOrEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static List<String> ids(List<Media> media) {
        return media == null ? List.of() : media.stream().map(Media::id).toList();
    }
}
