package dev.deepforward.ui;

import javafx.scene.Node;

/**
 * A row of choices whose arrow keys move the choice or the focus among its own buttons: the Layers and Neurons
 * tabs' "Variant shown:" picker and a lesson quiz's choices. The window-wide keys leave the arrows to it: → does
 * not step training there, and in presenter mode ↑ and ↓ do not scroll the lesson text.
 */
public final class ChoiceArrows {

    /** The style class that marks such a row; the focus anywhere inside it keeps its arrows. */
    public static final String STYLE_CLASS = "arrow-choices";

    private ChoiceArrows() {
    }

    /** Whether the focus is inside a row of choices that takes its arrow keys. */
    public static boolean taken(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(STYLE_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
