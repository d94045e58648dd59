package dev.deepforward.ui.model;

import dev.deepforward.spec.RunSpec;
import java.util.function.UnaryOperator;

/**
 * A change a user asks for, before it is applied: a label and a function of the current spec. Panels
 * build these (see {@link NetworkEdits}) and hand them to {@link DesignDocument#apply(SpecChange)}, the
 * one door through which every edit passes.
 *
 * @param label    words for the Edit menu
 * @param change   the new spec as a function of the current one
 * @param mergeKey see {@link Edit#mergeKey()}; null for a distinct undo step
 */
public record SpecChange(String label, UnaryOperator<RunSpec> change, String mergeKey) {

    public static SpecChange of(String label, UnaryOperator<RunSpec> change) {
        return new SpecChange(label, change, null);
    }

    public SpecChange mergingAs(String key) {
        return new SpecChange(label, change, key);
    }
}
