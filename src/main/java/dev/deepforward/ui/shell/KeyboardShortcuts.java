package dev.deepforward.ui.shell;

import dev.deepforward.ui.NumberEntry;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.presenter.HeadlineKeys;
import dev.deepforward.ui.run.RunController;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The single-key shortcuts — Space play/pause, S or → step, R reset, 1–4 flip the headline toggles, C
 * compare, H hides or shows the network above the charts, F5 presenter mode, Esc leaves it — and Ctrl+Y. The menu bar's accelerators cover the other
 * Ctrl shortcuts, Delete and F11. Everything a lecturer needs is a single key, so a clicker or a wireless
 * keyboard drives the whole demo.
 *
 * <p>Single keys are caught in a scene filter, before a focused button would take Space, but never while
 * the user types into a field — a text field, an editable spinner or combo box ({@link NumberEntry#isTyping});
 * S, C and digits are text there — and arrows are left to sliders, spinners, lists and combos that use them.
 *
 * <p>Ctrl+Z and Ctrl+Y (Ctrl+Shift+Z) undo and redo the document even while a field has the caret, as
 * the status bar's "(Ctrl+Z to undo)" promises: text typed but not committed is dropped first, and the
 * field then shows the document's value. A field's own text-undo would otherwise swallow the keys.
 */
final class KeyboardShortcuts {

    /**
     * What the keys do beyond the run and the document.
     *
     * @param togglePresenter F5
     * @param leavePresenter  Esc; answers whether presenter mode was on (otherwise Esc is left alone)
     * @param compare         C; the hook compare mode plugs into
     * @param toggleNetwork   H; the designer put away or brought back (charts only)
     */
    record Actions(Runnable togglePresenter, BooleanSupplier leavePresenter, Runnable compare, Runnable toggleNetwork) {
    }

    private KeyboardShortcuts() {
    }

    static void install(Scene scene, DesignDocument doc, RunController run, Actions actions) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), doc::redo);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && !e.isAltDown() && NumberEntry.isTyping(scene.getFocusOwner())) {
                boolean undo = e.getCode() == KeyCode.Z && !e.isShiftDown();
                boolean redo = e.getCode() == KeyCode.Y || e.getCode() == KeyCode.Z && e.isShiftDown();
                if (undo || redo) {
                    NumberEntry.discardTyping(scene.getFocusOwner());
                    if (undo) {
                        doc.undo();
                    } else {
                        doc.redo();
                    }
                    e.consume();
                }
                return;
            }
            if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            // F5 and Esc work even in a text field: they type nothing, and a presenter must always get out.
            if (e.getCode() == KeyCode.F5) {
                actions.togglePresenter().run();
                e.consume();
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE) {
                if (actions.leavePresenter().getAsBoolean()) {
                    e.consume();
                }
                return;
            }
            Node focus = scene.getFocusOwner();
            if (NumberEntry.isTyping(focus)) {
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
                case C -> actions.compare().run();
                case H -> actions.toggleNetwork().run();
                case DIGIT1, NUMPAD1 -> HeadlineKeys.flip(doc, 1);
                case DIGIT2, NUMPAD2 -> HeadlineKeys.flip(doc, 2);
                case DIGIT3, NUMPAD3 -> HeadlineKeys.flip(doc, 3);
                case DIGIT4, NUMPAD4 -> HeadlineKeys.flip(doc, 4);
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }
}
