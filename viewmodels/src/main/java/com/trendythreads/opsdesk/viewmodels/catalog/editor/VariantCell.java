package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import com.trendythreads.opsdesk.viewmodels.common.FieldMessage;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// One size × colour cell of the variant matrix: the variant's values as typed (money in the user's
/// locale) and the message beside each. An inactive cell is a combination the product does not sell.
public final class VariantCell {

    /// A cell's values, for undo and for telling whether anything changed.
    public record State(boolean active, Map<VariantField, String> values) {
        public State {
            values = Map.copyOf(values);
        }
    }

    private final String size;
    private final String colour;
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final Map<VariantField, StringProperty> values = new EnumMap<>(VariantField.class);
    private final Map<VariantField, ReadOnlyObjectWrapper<FieldMessage>> messages = new EnumMap<>(VariantField.class);
    private Integer weightGrams;

    VariantCell(String size, String colour) {
        this.size = size;
        this.colour = colour;
        for (VariantField f : VariantField.values()) {
            values.put(f, new SimpleStringProperty(this, f.name(), ""));
            messages.put(f, new ReadOnlyObjectWrapper<>(this, f.name() + "Message"));
        }
    }

    public String size() {
        return size;
    }

    public String colour() {
        return colour;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    /// The typed value of `field` (an amount such as "49,99" for money fields).
    public StringProperty property(VariantField field) {
        return values.get(field);
    }

    public String get(VariantField field) {
        return values.get(field).get();
    }

    public void set(VariantField field, String value) {
        values.get(field).set(value == null ? "" : value);
    }

    /// The rule broken by `field`'s value, if any (shown beside the cell).
    public ReadOnlyObjectProperty<FieldMessage> message(VariantField field) {
        return messages.get(field).getReadOnlyProperty();
    }

    void setMessage(VariantField field, FieldMessage m) {
        messages.get(field).set(m);
    }

    /// The variant's weight is not edited here; it is kept as it was.
    Integer weightGrams() {
        return weightGrams;
    }

    void weightGrams(Integer grams) {
        this.weightGrams = grams;
    }

    State state() {
        Map<VariantField, String> v = new EnumMap<>(VariantField.class);
        values.forEach((f, p) -> v.put(f, p.get()));
        return new State(active.get(), v);
    }

    void restore(State s) {
        active.set(s.active());
        s.values().forEach(this::set);
    }
}
