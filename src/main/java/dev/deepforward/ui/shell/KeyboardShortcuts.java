package dev.deepforward.ui.shell;

import dev.deepforward.ui.run.RunController;
import dev.deepforward.ui.model.DesignDocument;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The single-key shortcuts (Space play/pause, S or → step, R reset) and Ctrl+Y. The menu bar's
 * accelerators cover Ctrl+Z, Ctrl+Shift+Z, Ctrl+D, Delete and F11.
 *
 * <p>Single keys are caught in a scene filter, before a focused button would take Space, but never while
 * the user types into a text field (S and Space are letters there), and arrows are left to sliders,
 * spinners, lists and combos that use them.
 */
final class KeyboardShortcuts {

    private KeyboardShortcuts() {
    }

    static void install(Scene scene, DesignDocument doc, RunController run) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), doc::redo);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            Node focus = scene.getFocusOwner();
            if (focus instanceof TextInputControl) {
                return;
            }
            boolean arrowsTaken = focus instanceof Slider || focus instanceof Spinner || focus instanceof ListView
                    || focus instanceof ComboBoxBase;
            switch (e.getCode()) {
                case SPACE -> run.togglePlay();
                case S -> run.step();
                case RIGHT -> {
                    if (arrowsTaken) {
                        return;
                    }
                    run.step();
                }
                case R -> run.reset();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }
}
