package dev.deepforward.ui.designer;

import dev.deepforward.spec.LayerSpec;

/** What is being dragged onto the designer: a new layer from the palette, or an existing card. */
public sealed interface DragPayload {

    /** The words on the ghost that follows the pointer. */
    String caption();

    record NewLayer(LayerSpec layer, String caption) implements DragPayload {
    }

    record MoveLayer(int from, String caption) implements DragPayload {
    }
}
