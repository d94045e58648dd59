package dev.deepforward.ui.compare;

import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.model.DesignDocument;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * Whether the window trains one run or a side-by-side comparison, and which. Off is {@code null}. The
 * comparison is part of the document ({@link DesignDocument#getComparison()}): every change made here is
 * one undoable edit, saved with the workbench and counted by the unsaved marker. The last plan is
 * remembered, so the C key (or the menu) switches the same comparison off and on again; a lesson step's
 * comparison only on the design the step set up. FX thread only.
 */
public final class CompareMode {

    /** Set to a toggle's name ({@code activation}, {@code init}, {@code bn}, {@code dropout}) to start comparing. */
    public static final String STARTUP_PROPERTY = "deepforward.ui.compare";

    private final DesignDocument doc;
    /** The last comparison built from the design's own switches (a headline or variants chosen by hand). */
    private ComparePlan last = ComparePlan.of(HeadlineToggle.ACTIVATION);
    /**
     * The last lesson comparison (variants as a lesson step wrote them, often whole networks of their own)
     * and the design it was set up on: C brings it back only on that design, never on another one.
     */
    private ComparePlan lastLesson;
    private RunSpec lessonBase;

    public CompareMode(DesignDocument doc) {
        this.doc = doc;
        remember(doc.getComparison());
        doc.comparisonProperty().addListener((o, a, p) -> remember(p));
    }

    /** A mode over a document of its own (tests of the mode alone). */
    public CompareMode() {
        this(new DesignDocument());
    }

    private void remember(ComparePlan p) {
        if (p == null) {
            return;
        }
        if (p.fixed().isEmpty()) {
            last = p;
        } else {
            lastLesson = p;
            lessonBase = doc.getSpec();
        }
    }

    /**
     * Whether the lesson comparison remembered belongs to the design on screen: the same network and data
     * as the step set up (a changed learning rate keeps it; another network or data set does not).
     */
    private boolean lessonPlanFits() {
        return lastLesson != null && doc.getSpec().sameNetworkAndData(lessonBase);
    }

    /** A lesson step was set up: a comparison of an earlier step is not brought back by C any more. */
    public void forgetLessonPlan() {
        lastLesson = null;
        lessonBase = null;
    }

    public ReadOnlyObjectProperty<ComparePlan> planProperty() {
        return doc.comparisonProperty();
    }

    public ComparePlan plan() {
        return doc.getComparison();
    }

    /** The designed run the variants change (what "as designed" means in the variants dialog). */
    public RunSpec base() {
        return doc.getSpec();
    }

    public boolean isOn() {
        return plan() != null;
    }

    /** The plan to compare by ({@code null} switches comparing off). */
    public void set(ComparePlan p) {
        doc.setComparison(p == null ? "Compare off" : "Compare " + p.title(), p);
    }

    public void compare(HeadlineToggle t) {
        set(ComparePlan.of(t));
    }

    public void off() {
        set(null);
    }

    /**
     * Off → on; on → off. On brings back the lesson step's comparison while its design is on screen, else
     * the last comparison of the design's own switches (sigmoid vs ReLU at first), which fits any design.
     */
    public void toggle() {
        set(plan() == null ? lastPlan() : null);
    }

    /** What C switches on: the lesson step's comparison on its own design, else the last headline or custom one. */
    public ComparePlan lastPlan() {
        return lessonPlanFits() ? lastLesson : last;
    }

    /** Starts comparing if the system property {@value #STARTUP_PROPERTY} names a toggle (demos, screenshots). */
    public void applyStartupProperty() {
        HeadlineToggle t = HeadlineToggle.parse(System.getProperty(STARTUP_PROPERTY));
        if (t != null) {
            compare(t);
        }
    }
}
