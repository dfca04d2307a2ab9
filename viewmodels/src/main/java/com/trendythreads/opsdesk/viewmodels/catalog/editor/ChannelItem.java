package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import com.trendythreads.opsdesk.api.dto.common.Channel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/// Publication on one channel and how complete the product is for it: a score and what is missing.
public final class ChannelItem {

    private final Channel channel;
    private final String label;
    private final BooleanProperty published = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");

    ChannelItem(Channel channel, String label) {
        this.channel = channel;
        this.label = label;
    }

    public Channel channel() {
        return channel;
    }

    public String label() {
        return label;
    }

    public BooleanProperty publishedProperty() {
        return published;
    }

    /// 0–100: the share of what the channel needs that the product has.
    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    /// What the channel still needs, in the user's words ("Missing: Description, Fabric"); empty when complete.
    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    void score(int p, String missingText) {
        percent.set(p);
        missing.set(missingText);
    }
}
