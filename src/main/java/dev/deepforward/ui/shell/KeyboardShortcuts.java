package dev.deepforward.ui.shell;

import dev.deepforward.ui.ChoiceArrows;
import dev.deepforward.ui.NumberEntry;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.presenter.HeadlineKeys;
import dev.deepforward.ui.run.RunController;
import java.util.List;
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
 * The single-key shortcuts — Space play/pause, S or → step, R reset, [ and ] slower and faster, 1–4 flip the headline toggles, C
 * compare, H hides or shows the network above the charts, G (Shift+G) scrolls the charts a row down (up), F5 presenter mode, Esc leaves it (or closes the welcome card) — and Ctrl+Y. The menu bar's accelerators cover the other
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
     * @param leavePresenter  Esc; leaves presenter mode or closes the welcome card, and answers whether it did
     *                        either (otherwise Esc is left alone)
     * @param compare         C; the hook compare mode plugs into
     * @param toggleNetwork   H; the designer put away or brought back (charts only)
     * @param started         after any of these keys did something (the welcome pane goes)
     * @param scrollCharts    G (false) and Shift+G (true): the charts scrolled to their next (previous) row
     * @param speed           [ and ]: the Speed slider a notch slower (-1) or faster (+1)
     */
    record Actions(Runnable togglePresenter, BooleanSupplier leavePresenter, Runnable compare, Runnable toggleNetwork,
                   Runnable started, java.util.function.Consumer<Boolean> scrollCharts, java.util.function.IntConsumer speed) {
    }

    /** What a single key does; {@link #KEYS} says which key that is. */
    enum Command { PLAY, STEP, RESET, SPEED, FLIP, COMPARE, NETWORK, CHARTS, PRESENTER, LEAVE_PRESENTER }

    /**
     * One row of the key table: the keys as a person reads them, what they do, and the key codes that do it.
     * {@code whileTyping}: the key works even with the caret in a field (it types nothing).
     */
    record Key(String keys, String does, Command command, boolean whileTyping, List<KeyCode> codes) {
        Key(String keys, String does, Command command, KeyCode... codes) {
            this(keys, does, command, false, List.of(codes));
        }
    }

    /**
     * The single keys, in the order Help → Keyboard shortcuts shows them. The scene filter below looks keys
     * up here and nowhere else, so the help page cannot drift from what the keys do.
     */
    static final List<Key> KEYS = List.of(
            new Key("Space", "play / pause training", Command.PLAY, KeyCode.SPACE),
            new Key("S or \u2192", "one training step", Command.STEP, KeyCode.S, KeyCode.RIGHT),
            new Key("R", "reset the run (same seed)", Command.RESET, KeyCode.R),
            new Key("[ ]", "training slower / faster (the Speed slider a notch)", Command.SPEED,
                    KeyCode.OPEN_BRACKET, KeyCode.CLOSE_BRACKET),
            new Key("1 2 3 4", "flip init, activation, batch norm, dropout", Command.FLIP, KeyCode.DIGIT1,
                    KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.NUMPAD1, KeyCode.NUMPAD2,
                    KeyCode.NUMPAD3, KeyCode.NUMPAD4),
            new Key("C", "compare two variants side by side", Command.COMPARE, KeyCode.C),
            new Key("H", "put the network away so the charts get the screen", Command.NETWORK, KeyCode.H),
            new Key("G or Shift+G", "scroll the charts to their next (previous) row", Command.CHARTS, KeyCode.G),
            new Key("F5", "presenter mode for a lecture hall", Command.PRESENTER, true, List.of(KeyCode.F5)),
            new Key("Esc", "leave presenter mode; close the welcome card", Command.LEAVE_PRESENTER, true, List.of(KeyCode.ESCAPE)));

    /** The Ctrl shortcuts that are not on a menu item (the menus' accelerators list the rest). */
    static final List<Key> EXTRA_SHORTCUTS = List.of(
            new Key("Ctrl+Y", "redo (as Ctrl+Shift+Z)", null, false, List.of(KeyCode.Y)));

    private static Key keyFor(KeyCode code) {
        for (Key k : KEYS) {
            if (k.codes().contains(code)) {
                return k;
            }
        }
        return null;
    }

    private KeyboardShortcuts() {
    }

    static void install(Scene scene, DesignDocument doc, RunController run, Actions actions) {
        boolean[] swallowSpace = {false};
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowSpace[0] && " ".equals(e.getCharacter())) {
                e.consume();
            }
            swallowSpace[0] = false;
        });
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
            Key key = keyFor(e.getCode());
            if (key == null) {
                return;
            }
            // F5 and Esc work even in a text field: they type nothing, and a presenter must always get out.
            Node focus = scene.getFocusOwner();
            // Space after Enter committed a number field plays or pauses: a number holds no space, and the
            // status bar says Space plays. In a field with typing of its own, or a text field, it stays text.
            boolean playFromField = key.command() == Command.PLAY && NumberEntry.isSettledNumber(focus);
            if (!key.whileTyping() && NumberEntry.isTyping(focus) && !playFromField) {
                return;
            }
            if (playFromField) {
                swallowSpace[0] = true; // the space typed by this key press must not land in the field
            }
            boolean arrowsTaken = focus instanceof Slider || focus instanceof Spinner || focus instanceof ListView
                    || focus instanceof ComboBoxBase || ChoiceArrows.taken(focus);
            if (e.getCode() == KeyCode.RIGHT && arrowsTaken) {
                return;
            }
            switch (key.command()) {
                case PLAY -> run.togglePlay();
                case STEP -> run.step();
                case RESET -> run.reset();
                case SPEED -> actions.speed().accept(e.getCode() == KeyCode.CLOSE_BRACKET ? 1 : -1);
                case COMPARE -> actions.compare().run();
                case NETWORK -> actions.toggleNetwork().run();
                case CHARTS -> actions.scrollCharts().accept(e.isShiftDown());
                case FLIP -> HeadlineKeys.flip(doc, key.codes().indexOf(e.getCode()) % 4 + 1);
                case PRESENTER -> actions.togglePresenter().run();
                case LEAVE_PRESENTER -> {
                    if (!actions.leavePresenter().getAsBoolean()) {
                        return; // Esc is left alone when presenter mode is off
                    }
                }
            }
            actions.started().run();
            e.consume();
        });
    }
}
