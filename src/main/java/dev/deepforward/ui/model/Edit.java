package dev.deepforward.ui.model;

import dev.deepforward.spec.RunSpec;
import java.util.Objects;

/**
 * One undoable change of the design: the whole spec before and after. Specs are immutable records, so
 * keeping both snapshots is cheap (unchanged sub-records are shared) and undo can never drift from redo,
 * which an apply/undo pair of hand-written inverse operations could.
 *
 * @param label    what the user did, in words for the Edit menu ("Set units of layer 2 to 32")
 * @param before   the spec before the edit
 * @param after    the spec after the edit
 * @param mergeKey edits with the same non-null key that follow each other quickly (spinner arrows held
 *                 down, a slider dragged by keyboard) merge into one undo step; null never merges
 * @param nanoTime when the edit was made, for merging
 */
public record Edit(String label, RunSpec before, RunSpec after, String mergeKey, long nanoTime) {

    public Edit {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** This edit extended by a later one with the same merge key: first before, last after, latest label. */
    Edit mergedWith(Edit later) {
        return new Edit(later.label, before, later.after, mergeKey, later.nanoTime);
    }
}
