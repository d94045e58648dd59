package dev.deepforward.ui.compare;

import dev.deepforward.ui.model.DesignDocument;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * Whether the window trains one run or a side-by-side comparison, and which. Off is {@code null}. The
 * comparison is part of the document ({@link DesignDocument#getComparison()}): every change made here is
 * one undoable edit, saved with the workbench and counted by the unsaved marker. The last plan is
 * remembered, so the C key (or the menu) switches the same comparison off and on again. FX thread only.
 */
public final class CompareMode {

    /** Set to a toggle's name ({@code activation}, {@code init}, {@code bn}, {@code dropout}) to start comparing. */
    public static final String STARTUP_PROPERTY = "deepforward.ui.compare";

    private final DesignDocument doc;
    private ComparePlan last = ComparePlan.of(HeadlineToggle.ACTIVATION);

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
        if (p != null) {
            last = p;
        }
    }

    public ReadOnlyObjectProperty<ComparePlan> planProperty() {
        return doc.comparisonProperty();
    }

    public ComparePlan plan() {
        return doc.getComparison();
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

    /** Off → the last comparison (sigmoid vs ReLU at first); on → off. */
    public void toggle() {
        set(plan() == null ? last : null);
    }

    public ComparePlan lastPlan() {
        return last;
    }

    /** Starts comparing if the system property {@value #STARTUP_PROPERTY} names a toggle (demos, screenshots). */
    public void applyStartupProperty() {
        HeadlineToggle t = HeadlineToggle.parse(System.getProperty(STARTUP_PROPERTY));
        if (t != null) {
            compare(t);
        }
    }
}
