package dev.deepforward.ui.designer;

import javafx.scene.layout.Region;

/** A column of the network diagram: the region its neurons are painted in and how many there are. */
interface DiagramColumn {

    Region neuronArea();

    int units();

    /** The column as a node, for layout. */
    Region node();

    /**
     * Compact: one line ("64 ReLU", "Input 2") in a small box instead of the card with its neurons, for
     * the strip the designer becomes when the charts need the height.
     */
    void setCompact(boolean compact, boolean withHeader);

    /**
     * Shows the full column (every child but {@code line}) or, compact, {@code line} alone — with
     * {@code header} above it when {@code withHeader} (a layer's title and its duplicate and delete buttons).
     */
    static void showCompact(javafx.scene.layout.Pane column, javafx.scene.control.Label line, javafx.scene.Node header,
            boolean compact, boolean withHeader) {
        for (javafx.scene.Node n : column.getChildren()) {
            boolean show = n == line ? compact : n == header ? !compact || withHeader : !compact;
            n.setVisible(show);
            n.setManaged(show);
        }
        column.pseudoClassStateChanged(COMPACT, compact);
    }

    javafx.css.PseudoClass COMPACT = javafx.css.PseudoClass.getPseudoClass("compact");
}
