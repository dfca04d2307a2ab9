package com.trendythreads.opsdesk.platform.fulfilment;

import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/// Copy-with helpers for the [PickList] and [PickLine] records; every result is at version + 1.
public final class PickLists {

    private PickLists() {
    }

    public static PickList with(PickList p, PickListStatus status, String assigneeId, List<PickLine> lines,
                                Integer packageCount, String carrier, String trackingNumber, Instant now) {
        List<String> orderIds = new ArrayList<>();
        for (String id : p.orderIds()) {
            if (lines.stream().anyMatch(l -> l.orderId().equals(id))) {
                orderIds.add(id);
            }
        }
        return new PickList(p.id(), p.locationId(), p.wave(), status, assigneeId, orderIds, List.copyOf(lines),
                packageCount, carrier, trackingNumber, p.createdAt(), now, p.version() + 1);
    }

    public static PickList withStatus(PickList p, PickListStatus status, Instant now) {
        return with(p, status, p.assigneeId(), p.lines(), p.packageCount(), p.carrier(), p.trackingNumber(), now);
    }

    /// The list without the still-open lines of `orderId` (a cancelled order); lines already picked stay, as
    /// they are in someone's tote. A list whose remaining lines are all done becomes PICKED.
    public static PickList withoutOpenLinesOf(PickList p, String orderId, Instant now) {
        List<PickLine> kept = p.lines().stream()
                .filter(l -> !(l.orderId().equals(orderId) && l.status() == PickLine.Status.OPEN))
                .toList();
        PickListStatus status = p.status();
        if (!kept.isEmpty() && allDone(kept) && status != PickListStatus.OPEN) {
            status = PickListStatus.PICKED;
        }
        return with(p, status, p.assigneeId(), kept, p.packageCount(), p.carrier(), p.trackingNumber(), now);
    }

    public static boolean allDone(List<PickLine> lines) {
        return lines.stream().allMatch(l -> l.status() != PickLine.Status.OPEN);
    }

    public static PickLine done(PickLine l, PickLine.Status status, int picked, String by, Instant at, String reason) {
        return new PickLine(l.id(), l.orderId(), l.orderLineId(), l.sku(), l.ean(), l.title(), l.size(), l.colour(),
                l.bin(), l.quantity(), picked, status, by, at, reason);
    }
}
