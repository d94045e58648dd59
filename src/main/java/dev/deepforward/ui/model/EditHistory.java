package dev.deepforward.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo stacks of {@link Edit}s. It only keeps the record; {@link DesignDocument} moves the spec.
 * The observable flags and labels let menus and buttons bind ("Undo Set units of layer 2 to 32").
 */
public final class EditHistory {

    /** Quick successive edits with one merge key within this window become a single undo step. */
    static final long MERGE_WINDOW_NANOS = 1_000_000_000L;

    private final int limit;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");

    public EditHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    /** Records a new edit; a new edit makes the redo stack meaningless, so it is cleared. */
    void record(Edit edit) {
        Edit top = undo.peek();
        if (top != null && redo.isEmpty() && edit.mergeKey() != null && edit.mergeKey().equals(top.mergeKey())
                && edit.nanoTime() - top.nanoTime() < MERGE_WINDOW_NANOS) {
            undo.pop();
            Edit merged = top.mergedWith(edit);
            if (!merged.before().equals(merged.after())) {
                undo.push(merged);
            }
        } else {
            undo.push(edit);
            while (undo.size() > limit) {
                undo.removeLast();
            }
        }
        redo.clear();
        refresh();
    }

    Optional<Edit> popUndo() {
        Edit e = undo.poll();
        if (e != null) {
            redo.push(e);
        }
        refresh();
        return Optional.ofNullable(e);
    }

    Optional<Edit> popRedo() {
        Edit e = redo.poll();
        if (e != null) {
            undo.push(e);
        }
        refresh();
        return Optional.ofNullable(e);
    }

    public void clear() {
        undo.clear();
        redo.clear();
        refresh();
    }

    public int undoSize() {
        return undo.size();
    }

    public int redoSize() {
        return redo.size();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "" : undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "" : redo.peek().label());
    }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty undoLabelProperty() { return undoLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoLabelProperty() { return redoLabel.getReadOnlyProperty(); }
}
