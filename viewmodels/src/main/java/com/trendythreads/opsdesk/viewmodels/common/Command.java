package com.trendythreads.opsdesk.viewmodels.common;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/// A user action with an `executable` observable; the View binds a button's `disable` to its negation
/// and calls [#execute()] from the handler. Executing a command that is not executable does nothing.
public final class Command {

    private final Runnable action;
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(true);

    private Command(Runnable action, ObservableBooleanValue when) {
        this.action = Objects.requireNonNull(action, "action");
        if (when != null) {
            executable.bind(when);
        }
    }

    /// Always executable.
    public static Command of(Runnable action) {
        return new Command(action, null);
    }

    /// Executable while `when` is true.
    public static Command of(Runnable action, ObservableBooleanValue when) {
        return new Command(action, Objects.requireNonNull(when, "when"));
    }

    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }

    public boolean isExecutable() {
        return executable.get();
    }

    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }
}
