package dev.deepforward.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Gives every label, button or check box whose text the layout cut ("Develo…") a tooltip with its whole
 * text, and takes it away again once the text fits. A control with a tooltip of its own keeps it. Checked
 * after layout, at most twice a second, so a window that trains flat out pays nothing for it.
 */
public final class CutLabels {

    private static final String OURS = "df-cut-label-tooltip";
    private static final long INTERVAL_NANOS = 500_000_000L;

    private CutLabels() {
    }

    public static void install(Scene scene) {
        long[] last = {Long.MIN_VALUE / 2};
        scene.addPostLayoutPulseListener(() -> {
            long now = System.nanoTime();
            if (now - last[0] < INTERVAL_NANOS || scene.getRoot() == null) {
                return;
            }
            last[0] = now;
            update(scene.getRoot());
        });
    }

    /** Adds or removes the tooltips under {@code root} now. */
    public static void update(Parent root) {
        visit(root);
    }

    private static void visit(Node n) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            check(l);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                visit(c);
            }
        }
    }

    private static void check(Labeled l) {
        String full = l.getText();
        Tooltip tip = l.getTooltip();
        boolean ours = tip != null && OURS.equals(tip.getId());
        if (tip != null && !ours) {
            return;
        }
        boolean cut = full != null && !full.isEmpty() && !full.equals(shown(l));
        if (cut && (tip == null || !full.equals(tip.getText()))) {
            Tooltip t = new Tooltip(full);
            t.setId(OURS);
            t.setWrapText(true);
            t.setMaxWidth(480);
            l.setTooltip(t);
        } else if (!cut && ours) {
            l.setTooltip(null);
        }
    }

    /** The text the skin draws (cut with "…" when it did not fit), or the label's own when there is no skin yet. */
    private static String shown(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return l.getText();
    }
}
