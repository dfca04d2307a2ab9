package com.trendythreads.opsdesk.views.common;

import java.util.Collection;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/// A combo box of fixed choices shown in the user's words and bound both ways to a ViewModel property.
public final class Choices {

    private Choices() {
    }

    public static <T> void bind(ComboBox<T> box, Collection<T> values, Property<T> property, Function<T, String> label) {
        box.getItems().setAll(values);
        box.setConverter(converter(label));
        box.valueProperty().bindBidirectional(property);
    }

    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    /// Like [#converter], but `label` also names the empty choice (`null` → "All locations").
    public static <T> StringConverter<T> converterWithNone(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
