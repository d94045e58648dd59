package dev.deepforward.ui.model;

import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.ui.compare.ComparePlan;
import java.util.List;
import java.util.Objects;

/**
 * The whole experiment being edited: the designed run and the side-by-side comparison trained with it
 * ({@code null}: one run). Every edit, undo, save, open and the unsaved marker go through this one value,
 * so a comparison can no longer be lost on Save or escape undo.
 *
 * @param spec       the designed (base) run
 * @param comparison the variants trained beside it, or {@code null}
 */
public record Design(RunSpec spec, ComparePlan comparison) {

    public Design {
        Objects.requireNonNull(spec, "spec");
    }

    /** The engine variants as a workbench file stores them (empty for one run). */
    public List<Variant> variants() {
        return comparison == null ? List.of() : comparison.variants(spec);
    }

    /**
     * The design a file describes: its variants become the comparison they were saved from — a headline
     * comparison when they are exactly its variants of this spec (so it keeps following base edits), else
     * the variants as written.
     */
    public static Design of(RunSpec spec, List<Variant> variants) {
        if (variants == null || variants.size() < 2) {
            return new Design(spec, null);
        }
        for (var t : dev.deepforward.ui.compare.HeadlineToggle.values()) {
            ComparePlan p = ComparePlan.of(t);
            if (p.variants(spec).equals(variants)) {
                return new Design(spec, p);
            }
        }
        return new Design(spec, ComparePlan.ofVariants(variants, spec)); // their descriptions are the file's spec's
    }
}
