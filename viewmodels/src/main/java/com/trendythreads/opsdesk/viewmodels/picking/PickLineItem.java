package com.trendythreads.opsdesk.viewmodels.picking;

import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;

/// One row of the pick screen, in bin walking order.
///
/// @param scanned    units scanned so far for a line of several units (not yet sent)
/// @param statusText what the picker reads: open, "2 of 3", picked, short (reason)
/// @param syncNote   where the confirmation stands with the platform ("waiting to sync", "picked by … at …"),
///                   empty when the platform has it
/// @param conflictId the conflict to accept when someone else picked it first, else null
public record PickLineItem(String id, String orderId, String bin, String title, String variant, String sku, String ean,
        int quantity, int picked, int scanned, PickLine.Status status, String statusText, String syncNote,
        boolean pending, Long conflictId, String pickedBy) {

    public boolean open() {
        return status == PickLine.Status.OPEN;
    }

    /// Someone else confirmed this line first; the platform kept theirs.
    public boolean takenByOther() {
        return conflictId != null;
    }

    public int remaining() {
        return quantity - scanned;
    }
}
