package dev.deepforward.ui.model;

import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.compare.ComparePlan;
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
 * @param comparisonBefore the side-by-side comparison before the edit ({@code null}: one run)
 * @param comparisonAfter  the comparison after it; the comparison is part of the design, so a Compare-menu
 *                         change is an edit like any other
 */
public record Edit(String label, RunSpec before, RunSpec after, String mergeKey, long nanoTime,
        ComparePlan comparisonBefore, ComparePlan comparisonAfter) {

    public Edit {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** An edit of the spec alone. */
    public Edit(String label, RunSpec before, RunSpec after, String mergeKey, long nanoTime) {
        this(label, before, after, mergeKey, nanoTime, null, null);
    }

    /** The design before the edit. */
    public Design designBefore() {
        return new Design(before, comparisonBefore);
    }

    /** The design after the edit. */
    public Design designAfter() {
        return new Design(after, comparisonAfter);
    }

    /** This edit extended by a later one with the same merge key: first before, last after, latest label. */
    Edit mergedWith(Edit later) {
        return new Edit(later.label, before, later.after, mergeKey, later.nanoTime, comparisonBefore,
                later.comparisonAfter);
    }
}
