package com.trendythreads.opsdesk.viewmodels.picking;

import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.cache.picking.LineSync;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/// Builds the pick screen's rows: a line as the platform or the local edit has it, with the words the picker
/// reads for its status and for where its confirmation stands.
final class PickLineItems {

    private final I18n i18n;
    private final String username;

    PickLineItems(I18n i18n, String username) {
        this.i18n = i18n;
        this.username = username;
    }

    PickLineItem of(PickLine l, LineSync.State sync, int scannedUnits) {
        int scanned = l.status() == PickLine.Status.OPEN ? scannedUnits : l.pickedQuantity();
        String status = switch (l.status()) {
            case OPEN -> scanned > 0 ? counted(scanned, l.quantity()) : i18n.get("picking.line.open");
            case PICKED -> username.equals(l.confirmedBy()) || l.confirmedBy() == null
                    ? i18n.get("picking.line.picked") : i18n.get("picking.line.pickedBy", l.confirmedBy());
            case SHORT -> shortText(l.pickedQuantity(), l.quantity(), l.shortReason());
        };
        String note = "";
        Long conflictId = null;
        String pickedBy = null;
        if (sync != null) {
            switch (sync.kind()) {
                case PENDING -> note = i18n.get("picking.sync.pending");
                case FAILED -> note = i18n.get("picking.sync.failed", sync.reason());
                case CONFLICT -> {
                    conflictId = sync.conflictId();
                    pickedBy = sync.pickedBy();
                    note = pickedBy == null ? i18n.get("picking.sync.refused", sync.reason())
                            : i18n.get("picking.sync.takenBy", pickedBy, time(sync.pickedAt()), l.bin());
                }
            }
        }
        return new PickLineItem(l.id(), l.orderId(), l.bin(), l.title(),
                String.join(" · ", nz(l.colour()), nz(l.size())), l.sku(), l.ean(), l.quantity(), l.pickedQuantity(),
                scanned, l.status(), status, note, sync != null && sync.kind() == LineSync.Kind.PENDING, conflictId,
                pickedBy);
    }

    /// The row with `scanned` units counted, before the line is complete.
    PickLineItem withScanned(PickLineItem l, int scanned) {
        return new PickLineItem(l.id(), l.orderId(), l.bin(), l.title(), l.variant(), l.sku(), l.ean(), l.quantity(),
                l.picked(), scanned, l.status(), counted(scanned, l.quantity()), l.syncNote(), l.pending(),
                l.conflictId(), l.pickedBy());
    }

    /// The row as it shows the moment the picker finished it, before the local write is read back.
    PickLineItem finished(PickLineItem l, PickLine.Status status, int picked, String reason) {
        String text = status == PickLine.Status.SHORT ? shortText(picked, l.quantity(), reason)
                : i18n.get("picking.line.picked");
        return new PickLineItem(l.id(), l.orderId(), l.bin(), l.title(), l.variant(), l.sku(), l.ean(), l.quantity(),
                picked, picked, status, text, i18n.get("picking.sync.pending"), true, null, null);
    }

    String reasonText(String reason) {
        return reason == null ? "" : i18n.get("picking.reason." + reason.toLowerCase(Locale.ROOT));
    }

    private String counted(int scanned, int quantity) {
        return i18n.get("picking.line.counted", scanned, quantity);
    }

    private String shortText(int picked, int quantity, String reason) {
        return i18n.get("picking.line.short", picked, quantity, reasonText(reason));
    }

    private String time(Instant at) {
        return at == null ? "?" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault()).format(at);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
