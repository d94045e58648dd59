package dev.deepforward.ui.compare;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Whether the window trains one run or a side-by-side comparison, and which. Off is {@code null}. The
 * last plan is remembered, so the C key (or the menu) switches the same comparison off and on again.
 * FX thread only.
 */
public final class CompareMode {

    /** Set to a toggle's name ({@code activation}, {@code init}, {@code bn}, {@code dropout}) to start comparing. */
    public static final String STARTUP_PROPERTY = "deepforward.ui.compare";

    private final ObjectProperty<ComparePlan> plan = new SimpleObjectProperty<>(this, "plan");
    private ComparePlan last = ComparePlan.of(HeadlineToggle.ACTIVATION);

    public ObjectProperty<ComparePlan> planProperty() {
        return plan;
    }

    public ComparePlan plan() {
        return plan.get();
    }

    public boolean isOn() {
        return plan.get() != null;
    }

    /** The plan to compare by ({@code null} switches comparing off). */
    public void set(ComparePlan p) {
        if (p != null) {
            last = p;
        }
        plan.set(p);
    }

    public void compare(HeadlineToggle t) {
        set(ComparePlan.of(t));
    }

    public void off() {
        plan.set(null);
    }

    /** Off → the last comparison (sigmoid vs ReLU at first); on → off. */
    public void toggle() {
        plan.set(plan.get() == null ? last : null);
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
