package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/// Undo and redo over whole editor states, bounded. Each edit is recorded with a key (the field it
/// changed); consecutive edits of the same field form one step, so Ctrl+Z takes back what was typed
/// into a field, not one character.
final class UndoStack<S> {

    private final int limit;
    private final Supplier<S> capture;
    private final Consumer<S> apply;
    private final Deque<S> undo = new ArrayDeque<>();
    private final Deque<S> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private S current;
    private String lastKey;
    private boolean applying;

    UndoStack(int limit, Supplier<S> capture, Consumer<S> apply) {
        this.limit = limit;
        this.capture = Objects.requireNonNull(capture);
        this.apply = Objects.requireNonNull(apply);
    }

    /// Forgets every step; the state now is the starting point.
    void reset() {
        undo.clear();
        redo.clear();
        current = capture.get();
        lastKey = null;
        update();
    }

    /// Whether a state is being applied (changes then are not edits).
    boolean applying() {
        return applying;
    }

    /// The user changed the field `key`; the state before it becomes an undo step unless the previous
    /// edit was to the same field.
    void edited(String key) {
        if (applying || current == null) {
            return;
        }
        S now = capture.get();
        if (now.equals(current)) {
            return;
        }
        if (!key.equals(lastKey) || undo.isEmpty()) {
            undo.push(current);
            while (undo.size() > limit) {
                undo.removeLast();
            }
        }
        redo.clear();
        current = now;
        lastKey = key;
        update();
    }

    void undo() {
        if (undo.isEmpty()) {
            return;
        }
        redo.push(capture.get());
        restore(undo.pop());
    }

    void redo() {
        if (redo.isEmpty()) {
            return;
        }
        undo.push(capture.get());
        restore(redo.pop());
    }

    private void restore(S state) {
        applying = true;
        try {
            apply.accept(state);
        } finally {
            applying = false;
        }
        current = capture.get();
        lastKey = null;
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
