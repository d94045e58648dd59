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

    /**
     * Whether the step has a run of its own to set up: a set-up, variants, or checkpoints and claims about
     * the run it continues. A reading step (text and a quiz after the last run) has none: Enter there leaves
     * the person's work alone, though the lesson still knows the run before it for its checks.
     */
    static boolean offered(dev.deepforward.lesson.Step step, StepRuns runs) {
        return runs.hasRun() && (step.setup() != null || !step.variants().isEmpty() || !step.checkpoints().isEmpty()
                || !step.claims().isEmpty());
    }

    /** Applies the step's spec and variants; answers whether anything changed. */
    boolean apply(String label, StepRuns runs, List<Variant> variants) {
        if (!runs.hasRun()) {
            return false;
        }
        ComparePlan after = variants.isEmpty() ? null : ComparePlan.ofVariants(variants, runs.spec());
        RunSpec spec = runs.spec();
        return doc.apply(SpecChange.of(label, s -> spec), after);
    }
}
