package dev.deepforward.ui.designer;

import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

/**
 * Drags palette items and layer cards onto the designer with plain mouse events inside the window.
 *
 * <p>Why not the platform's drag-and-drop ({@code startDragAndDrop})? Everything here is dragged within
 * one window, and the mouse-event gesture gives full control of the ghost and the insertion marker,
 * cannot be interrupted by the OS's DnD loop, and behaves the same in headless tests (Monocle) as on a
 * desktop. A press-drag-release gesture delivers every drag event to the pressed node, so the source
 * handles the whole gesture and asks the designer where the pointer is.
 */
public final class DragCoordinator {

    /** Pixels the pointer must travel before a press becomes a drag (so clicks still select). */
    static final double THRESHOLD = 5;

    private final DesignerCanvas target;
    private Pane overlay;

    public DragCoordinator(DesignerCanvas target) {
        this.target = target;
    }

    /** The transparent pane above the whole window in which the ghost is drawn; optional. */
    public void setOverlay(Pane overlay) {
        this.overlay = overlay;
    }

    /** Makes {@code source} draggable; {@code payload} is asked at the start of each drag. */
    public void install(Node source, Supplier<DragPayload> payload) {
        Gesture g = new Gesture(source, payload);
        source.addEventHandler(MouseEvent.MOUSE_PRESSED, g::pressed);
        source.addEventHandler(MouseEvent.MOUSE_DRAGGED, g::dragged);
        source.addEventHandler(MouseEvent.MOUSE_RELEASED, g::released);
    }

    private final class Gesture {
        private final Node source;
        private final Supplier<DragPayload> payloadSupplier;
        private Point2D pressed;
        private DragPayload payload;
        private Label ghost;

        Gesture(Node source, Supplier<DragPayload> payloadSupplier) {
            this.source = source;
            this.payloadSupplier = payloadSupplier;
        }

        void pressed(MouseEvent e) {
            if (e.getButton() == MouseButton.PRIMARY) {
                pressed = new Point2D(e.getSceneX(), e.getSceneY());
                payload = null;
            }
        }

        void dragged(MouseEvent e) {
            if (pressed == null) {
                return;
            }
            if (payload == null) {
                if (pressed.distance(e.getSceneX(), e.getSceneY()) < THRESHOLD) {
                    return;
                }
                payload = payloadSupplier.get();
                source.getStyleClass().add("drag-source");
                showGhost();
            }
            moveGhost(e.getSceneX(), e.getSceneY());
            target.showInsertionAt(e.getSceneX(), e.getSceneY(), payload);
            e.consume();
        }

        void released(MouseEvent e) {
            if (payload != null) {
                int slot = target.slotAt(e.getSceneX(), e.getSceneY());
                finish();
                if (slot >= 0) {
                    target.drop(payload, slot);
                }
                e.consume();
            }
            pressed = null;
            payload = null;
        }

        private void finish() {
            source.getStyleClass().remove("drag-source");
            target.hideInsertion();
            if (ghost != null && overlay != null) {
                overlay.getChildren().remove(ghost);
            }
            ghost = null;
        }

        private void showGhost() {
            if (overlay == null) {
                return;
            }
            ghost = new Label(payload.caption());
            ghost.getStyleClass().add("drag-ghost");
            ghost.setMouseTransparent(true);
            ghost.setManaged(false);
            overlay.getChildren().add(ghost);
            ghost.autosize();
        }

        private void moveGhost(double sceneX, double sceneY) {
            if (ghost == null) {
                return;
            }
            Point2D p = overlay.sceneToLocal(sceneX, sceneY);
            ghost.autosize();
            ghost.relocate(p.getX() + 12, p.getY() + 8);
        }
    }
}
