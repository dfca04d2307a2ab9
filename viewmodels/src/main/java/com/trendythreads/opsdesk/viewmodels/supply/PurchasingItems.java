package com.trendythreads.opsdesk.viewmodels.supply;

import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrder;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderLine;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The rows the purchasing screens show (lane supply, issue #11).
public final class PurchasingItems {

    private PurchasingItems() {
    }

    /// One PO in the list.
    public record OrderRow(String id, String supplier, String location, String status, String total, String created,
                           int lines, PurchaseOrder order) {
    }

    /// One supplier's scorecard, formatted.
    public record ScoreRow(String supplierId, String supplier, String promised, int receivedPos, String meanLead,
                           String spread, String onTime, String fill, String costChange, String planning) {
    }

    /// One line of the PO in the editor: the quantity is typed (a DRAFT only).
    public static final class LineItem {
        private final PurchaseOrderLine line;
        private final String unitCost;
        private final StringProperty quantity;

        public LineItem(PurchaseOrderLine line, String unitCost) {
            this.line = line;
            this.unitCost = unitCost;
            this.quantity = new SimpleStringProperty(Integer.toString(line.quantity()));
        }

        public String sku() {
            return line.sku();
        }

        public String unitCost() {
            return unitCost;
        }

        public int received() {
            return line.receivedQuantity();
        }

        /// Received − ordered so far (negative: still short), "" when nothing is received yet.
        public String discrepancy() {
            int d = line.receivedQuantity() - line.quantity();
            return line.receivedQuantity() == 0 ? "" : d > 0 ? "+" + d : Integer.toString(d);
        }

        public StringProperty quantityProperty() {
            return quantity;
        }

        /// The typed quantity, or -1 when it is not a whole number ≥ 0.
        public int typedQuantity() {
            try {
                int q = Integer.parseInt(quantity.get().strip());
                return q < 0 ? -1 : q;
            } catch (NumberFormatException | NullPointerException e) {
                return -1;
            }
        }

        public PurchaseOrderLine line() {
            return line;
        }
    }

    /// One line in the receive dialog: the counted quantity is typed; the discrepancy follows it.
    public static final class ReceiveLine {
        private final PurchaseOrderLine line;
        private final StringProperty counted = new SimpleStringProperty();
        private final StringBinding discrepancy;

        public ReceiveLine(PurchaseOrderLine line) {
            this.line = line;
            counted.set(Integer.toString(outstanding()));
            discrepancy = Bindings.createStringBinding(() -> {
                int c = typed();
                if (c < 0) {
                    return "?";
                }
                int d = c - outstanding();
                return d == 0 ? "" : d > 0 ? "+" + d : Integer.toString(d);
            }, counted);
        }

        public String sku() {
            return line.sku();
        }

        public int ordered() {
            return line.quantity();
        }

        public int receivedBefore() {
            return line.receivedQuantity();
        }

        public int outstanding() {
            return Math.max(0, line.quantity() - line.receivedQuantity());
        }

        public StringProperty countedProperty() {
            return counted;
        }

        public StringBinding discrepancyProperty() {
            return discrepancy;
        }

        /// The typed count, or -1 when it is not a whole number ≥ 0.
        public int typed() {
            try {
                int q = Integer.parseInt(counted.get().strip());
                return q < 0 ? -1 : q;
            } catch (NumberFormatException | NullPointerException e) {
                return -1;
            }
        }
    }
}
