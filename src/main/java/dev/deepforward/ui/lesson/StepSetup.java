package dev.deepforward.ui.lesson;

import dev.deepforward.lesson.StepRuns;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.ui.compare.ComparePlan;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.SpecChange;
import java.util.List;

/**
 * "Set up": a step's run and its side-by-side variants in one click, undone by one Ctrl+Z. The comparison
 * is part of the document, so the spec and the variants go in as one edit of the design.
 */
final class StepSetup {

    private final DesignDocument doc;

    StepSetup(DesignDocument doc) {
        this.doc = doc;
    }

    /** Applies the step's spec and variants; answers whether anything changed. */
    boolean apply(String label, StepRuns runs, List<Variant> variants) {
        if (!runs.hasRun()) {
            return false;
        }
        ComparePlan after = variants.isEmpty() ? null : ComparePlan.ofVariants(variants);
        RunSpec spec = runs.spec();
        return doc.apply(SpecChange.of(label, s -> spec), after);
    }
}
