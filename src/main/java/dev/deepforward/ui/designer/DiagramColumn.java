package dev.deepforward.ui.designer;

import javafx.scene.layout.Region;

/** A column of the network diagram: the region its neurons are painted in and how many there are. */
interface DiagramColumn {

    Region neuronArea();

    int units();

    /** The column as a node, for layout. */
    Region node();
}
