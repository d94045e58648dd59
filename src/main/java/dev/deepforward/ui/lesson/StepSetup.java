package dev.deepforward.ui.lesson;

import dev.deepforward.lesson.StepRuns;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.ui.compare.CompareMode;
import dev.deepforward.ui.compare.ComparePlan;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.DocumentListener;
import dev.deepforward.ui.model.Edit;
import dev.deepforward.ui.model.SpecChange;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Set up": a step's run and its side-by-side variants in one click, undone by one Ctrl+Z.
 *
 * <p>The spec goes through the document as one {@link SpecChange}; the comparison is not part of the spec,
 * so the compare plans before and after are remembered per edit (by identity: the history hands back the
 * same {@link Edit} object) and put back when that edit is undone or redone. Undo then restores exactly
 * what the user had, single run or comparison.
 */
final class StepSetup {

    /** The compare plans around one set-up edit ({@code null}: single run). */
    private record Plans(ComparePlan before, ComparePlan after) {
    }

    private final DesignDocument doc;
    private final CompareMode compare;
    private final Map<Edit, Plans> plans = new IdentityHashMap<>();
    private Plans pending;

    StepSetup(DesignDocument doc, CompareMode compare) {
        this.doc = doc;
        this.compare = compare;
        doc.addListener(this::changed);
    }

    /** Applies the step's spec and variants; answers whether anything changed. */
    boolean apply(String label, StepRuns runs, List<Variant> variants) {
        if (!runs.hasRun()) {
            return false;
        }
        ComparePlan before = compare.plan();
        ComparePlan after = variants.isEmpty() ? null : ComparePlan.ofVariants(variants);
        RunSpec spec = runs.spec();
        pending = new Plans(before, after);
        // The edit is recorded with both plans while it is applied (see changed), then the plan follows.
        boolean changed;
        try {
            changed = doc.apply(SpecChange.of(label, s -> spec));
        } finally {
            pending = null;
        }
        setPlan(after);
        return changed || !java.util.Objects.equals(before, after);
    }

    private void changed(DocumentListener.Kind kind, Edit edit) {
        switch (kind) {
            case APPLIED -> {
                if (pending != null) {
                    plans.put(edit, pending);
                }
            }
            case UNDONE -> {
                Plans p = plans.get(edit);
                if (p != null) {
                    setPlan(p.before());
                }
            }
            case REDONE -> {
                Plans p = plans.get(edit);
                if (p != null) {
                    setPlan(p.after());
                }
            }
            case REPLACED -> plans.clear();
        }
    }

    private void setPlan(ComparePlan p) {
        if (!java.util.Objects.equals(compare.plan(), p)) {
            if (p == null) {
                compare.off();
            } else {
                compare.set(p);
            }
        }
    }
}
