package com.trendythreads.opsdesk.cache.picking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListStatus;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickShort;
import com.trendythreads.opsdesk.api.dto.fulfilment.ShipCreate;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.repo.PickListRepository;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Clock;
import java.util.Objects;

/// The picker's writes, each one outbox action through [LocalEdits] (its own idempotency key, kept across
/// retries and restarts) that shows in the local pick list at once: the line confirmed by me, the list
/// packed or shipped. The platform has the last word: a line someone else confirmed first comes back as
/// a 409 and becomes a conflict ([LineSync] reads it back for the screen).
public final class PickActions {

    private static final ObjectMapper MAPPER = Json.mapper();

    private final LocalEdits edits;
    private final PickListRepository lists;
    private final Clock clock;

    public PickActions(LocalEdits edits, PickListRepository lists, Clock clock) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.lists = Objects.requireNonNull(lists, "lists");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /// Takes an OPEN (or someone else's) list: `POST …/assign` with If-Match.
    public long assign(String listId, String userId) {
        JsonNode body = JsonNodeFactory.instance.objectNode().put("assigneeId", userId);
        ObjectNode local = JsonNodeFactory.instance.objectNode().put("assigneeId", userId)
                .put("status", PickListStatus.IN_PROGRESS.name());
        return edits.action(ResourceType.PICK_LIST, listId, "assign", body, local, true,
                "Take pick list " + listId);
    }

    /// Confirms the whole line with the barcode the picker scanned (`POST …/lines/{id}/confirm`).
    public long confirm(String listId, String lineId, int quantity, String scannedBarcode, String username) {
        JsonNode body = JsonNodeFactory.instance.objectNode().put("quantity", quantity)
                .put("scannedBarcode", scannedBarcode);
        PickList list = require(listId);
        PickLine line = line(list, lineId);
        PickLine.Status status = quantity >= line.quantity() ? PickLine.Status.PICKED : PickLine.Status.SHORT;
        return edits.action(ResourceType.PICK_LIST, listId, "lines/" + lineId + "/confirm", body,
                linePatch(list, lineId, status, quantity, username, status == PickLine.Status.SHORT ? "OTHER" : null),
                false, "Pick " + quantity + " × " + line.sku() + " (" + listId + " line " + lineId + ")");
    }

    /// Records a short pick with its reason (`POST …/lines/{id}/short`).
    public long shortPick(String listId, String lineId, int pickedQuantity, PickShort.Reason reason, String username) {
        JsonNode body = JsonNodeFactory.instance.objectNode().put("pickedQuantity", pickedQuantity)
                .put("reason", reason.name());
        PickList list = require(listId);
        PickLine line = line(list, lineId);
        return edits.action(ResourceType.PICK_LIST, listId, "lines/" + lineId + "/short", body,
                linePatch(list, lineId, PickLine.Status.SHORT, pickedQuantity, username, reason.name()), false,
                "Short pick " + pickedQuantity + "/" + line.quantity() + " × " + line.sku() + " (" + reason + ", "
                        + listId + " line " + lineId + ")");
    }

    /// Packs a picked list (`POST …/pack` with If-Match).
    public long pack(String listId, int packageCount, Integer weightGrams) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("packageCount", packageCount);
        if (weightGrams != null) {
            body.put("weightGrams", weightGrams);
        }
        ObjectNode local = JsonNodeFactory.instance.objectNode().put("status", PickListStatus.PACKED.name())
                .put("packageCount", packageCount);
        return edits.action(ResourceType.PICK_LIST, listId, "pack", body, local, true,
                "Pack " + listId + " (" + packageCount + " package(s))");
    }

    /// Ships a packed list (`POST …/ship` with If-Match).
    public long ship(String listId, ShipCreate.Carrier carrier, String trackingNumber) {
        JsonNode body = JsonNodeFactory.instance.objectNode().put("carrier", carrier.name())
                .put("trackingNumber", trackingNumber);
        ObjectNode local = JsonNodeFactory.instance.objectNode().put("status", PickListStatus.SHIPPED.name())
                .put("carrier", carrier.name()).put("trackingNumber", trackingNumber);
        return edits.action(ResourceType.PICK_LIST, listId, "ship", body, local, true,
                "Ship " + listId + " with " + carrier + " " + trackingNumber);
    }

    /// The local effect of a line edit. A merge patch replaces arrays whole, so it carries every line of the
    /// list as it shows now, with this one done.
    private ObjectNode linePatch(PickList list, String lineId, PickLine.Status status, int picked, String by,
            String reason) {
        ArrayNode lines = MAPPER.valueToTree(list.lines());
        boolean allDone = true;
        for (JsonNode n : lines) {
            ObjectNode l = (ObjectNode) n;
            if (l.path("id").asText().equals(lineId)) {
                l.put("status", status.name()).put("pickedQuantity", picked).put("confirmedBy", by)
                        .put("confirmedAt", clock.instant().toString());
                if (reason == null) {
                    l.putNull("shortReason");
                } else {
                    l.put("shortReason", reason);
                }
            }
            allDone &= !PickLine.Status.OPEN.name().equals(l.path("status").asText());
        }
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.set("lines", lines);
        patch.put("status", (allDone ? PickListStatus.PICKED : PickListStatus.IN_PROGRESS).name());
        return patch;
    }

    private PickList require(String listId) {
        return lists.get(listId).orElseThrow(() -> new IllegalArgumentException("No pick list " + listId));
    }

    private static PickLine line(PickList list, String lineId) {
        return list.lines().stream().filter(l -> l.id().equals(lineId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(list.id() + " has no line " + lineId));
    }
}
