package com.trendythreads.opsdesk.viewmodels.common;

import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;

/// A form field's validation message for the View to decorate: "" while the value is fine, otherwise a
/// sentence that names the field ("Platform URL: …"). A field the user has not typed in yet shows no
/// error for being empty, so a fresh form is not covered in red; it still blocks the command through the
/// ViewModel's own `valid` binding.
public final class FieldError {

    private final BooleanProperty touched = new SimpleBooleanProperty();
    private final StringBinding message;

    /// @param check        the message for a value, "" when it is fine (a blank value is only checked once the
    ///                     field has held text)
    /// @param dependencies other observables the check reads (e.g. a mode that switches the field off)
    public FieldError(ObservableStringValue value, Function<String, String> check, Observable... dependencies) {
        touched.set(value.get() != null && !value.get().isEmpty());
        value.addListener((o, a, v) -> {
            if (v != null && !v.isEmpty()) {
                touched.set(true);
            }
        });
        Observable[] deps = new Observable[dependencies.length + 2];
        deps[0] = value;
        deps[1] = touched;
        System.arraycopy(dependencies, 0, deps, 2, dependencies.length);
        message = Bindings.createStringBinding(() -> {
            String v = value.get() == null ? "" : value.get();
            return v.isBlank() && !touched.get() ? "" : check.apply(v);
        }, deps);
    }

    /// "" or the sentence to show beside the field.
    public ObservableStringValue messageProperty() {
        return message;
    }

    /// The field counts as untouched again (the program, not the user, emptied it).
    public void reset() {
        touched.set(false);
    }
}
