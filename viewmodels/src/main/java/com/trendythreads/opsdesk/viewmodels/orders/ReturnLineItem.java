package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.ReturnReason;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// One line in the return dialog: units to return (0 … ordered − returned), the reason, and for an
/// exchange the SKU to send instead, picked from the product's other variants.
public final class ReturnLineItem {

    /// A variant to exchange to: its SKU and how the picker labels it ("M · Black").
    public record Variant(String sku, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final OrderLine line;
    private final int max;
    private final IntegerProperty quantity = new SimpleIntegerProperty();
    private final ObjectProperty<ReturnReason> reason = new SimpleObjectProperty<>();
    private final ObjectProperty<Variant> exchangeTo = new SimpleObjectProperty<>();
    private final ObservableList<Variant> variants = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ReturnLineItem(OrderLine line, int max) {
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

    public int max() {
        return max;
    }

    public IntegerProperty quantityProperty() {
        return quantity;
    }

    public ObjectProperty<ReturnReason> reasonProperty() {
        return reason;
    }

    /// The variant to send instead (exchange only).
    public ObjectProperty<Variant> exchangeToProperty() {
        return exchangeTo;
    }

    /// The product's other variants (loaded with the dialog).
    public ObservableList<Variant> variants() {
        return variants;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setError(String text) {
        error.set(text);
    }
}
