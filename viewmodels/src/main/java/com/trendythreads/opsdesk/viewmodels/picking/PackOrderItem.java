package com.trendythreads.opsdesk.viewmodels.picking;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/// One order of a picked list at the packing table: what goes in its box, and the packer's tick.
///
/// @param flagged a line of the order was short-picked (the platform flagged the order)
public final class PackOrderItem {

    private final String orderId;
    private final List<String> items;
    private final boolean flagged;
    private final BooleanProperty checked = new SimpleBooleanProperty();

    public PackOrderItem(String orderId, List<String> items, boolean flagged) {
        this.orderId = orderId;
        this.items = List.copyOf(items);
        this.flagged = flagged;
    }

    public String orderId() {
        return orderId;
    }

    public List<String> items() {
        return items;
    }

    public boolean flagged() {
        return flagged;
    }

    /// The packer checked the order's items against the box.
    public BooleanProperty checkedProperty() {
        return checked;
    }
}
