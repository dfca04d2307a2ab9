package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/// One order line in the refund or return dialog: how many units to take (0 … `max`), and what they come to
/// or why they cannot.
public final class RefundLineItem {

    private final OrderLine line;
    private final int max;
    private final IntegerProperty quantity = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper amount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /// @param max units still open for this action (ordered − refunded, or ordered − returned)
    public RefundLineItem(OrderLine line, int max) {
        this.line = line;
        this.max = max;
    }

    public OrderLine line() {
        return line;
    }

    public String sku() {
        return line.sku();
    }

    public String description() {
        return line.title() + " · " + line.size() + " · " + line.colour();
    }

    public int ordered() {
        return line.quantity();
    }

    /// Units still open for this action.
    public int max() {
        return max;
    }

    public IntegerProperty quantityProperty() {
        return quantity;
    }

    /// The refund for the chosen units, formatted ("" for none).
    public ReadOnlyStringProperty amountProperty() {
        return amount.getReadOnlyProperty();
    }

    void setAmount(String text) {
        amount.set(text);
    }

    /// Why the chosen quantity cannot be taken ("" when it can).
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setError(String text) {
        error.set(text);
    }
}
