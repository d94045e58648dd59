package dev.deepforward.ui.lesson;

import dev.deepforward.ui.ChoiceArrows;
import dev.deepforward.ui.NumberEntry;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Every lesson action has a key, so a lecturer in presenter mode (no menu bar, a clicker in hand) drives
 * the lesson without the mouse: PageDown or N the next step, PageUp or P the previous one — the keys a
 * presentation clicker sends — Enter "Set up this run" of the step, A reveals the right answer of the
 * step's next quiz question, D sets up the next demo of an open lecture track (Lessons → Next demo, whose
 * menu is hidden in presenter mode) and Shift+D goes back one demo (Lessons → Previous demo); in presenter mode
 * ↑ and ↓ scroll the lesson text (a focused tab pane never takes them to switch the charts' tab). None of them is a workbench key (Space, S, →, R, C, H, 1–4, F5, Esc).
 * They act only while a lesson is open (D: while a track has a demo to come) and never while the user types
 * into a field (a text field, an editable spinner or combo box). Outside presenter mode Enter is left to a focused list or combo box and to a
 * focused button of the lesson panel (a quiz choice, Check, Next), which use it themselves; any other
 * button in the window (the toolbar's Play, say) does not take it: Enter sets up the step. Dialogs have
 * scenes of their own, so their buttons keep Enter.
 */
public final class LessonKeys {

    /** What a lesson key does. */
    public enum Action {
        NEXT, PREVIOUS, SET_UP, REVEAL_ANSWER, NEXT_DEMO, PREVIOUS_DEMO, SCROLL
    }

    /** One row of the lesson keys: as a person reads them, what they do, the action, the key codes. */
    public record Key(String keys, String does, Action action, List<KeyCode> codes) {

        /** When the key acts, as the key table says it. */
        public String when() {
            return switch (action) {
                case NEXT_DEMO, PREVIOUS_DEMO -> "while a lecture track is open";
                case SCROLL -> "in presenter mode, while a lesson is open";
                default -> "while a lesson is open";
            };
        }
    }

    /** The lesson keys; the filter below reads them from here, and so does Help → Keyboard shortcuts. */
    public static final List<Key> KEYS = List.of(
            new Key("PgDn or N", "next lesson step", Action.NEXT, List.of(KeyCode.PAGE_DOWN, KeyCode.N)),
            new Key("PgUp or P", "previous lesson step", Action.PREVIOUS, List.of(KeyCode.PAGE_UP, KeyCode.P)),
            new Key("Enter", "set up the step's run, as Set up this run does", Action.SET_UP, List.of(KeyCode.ENTER)),
            new Key("\u2191 \u2193", "scroll the lesson text up or down", Action.SCROLL,
                    List.of(KeyCode.UP, KeyCode.DOWN)),
            new Key("A", "reveal the right answer of the step's next quiz question", Action.REVEAL_ANSWER,
                    List.of(KeyCode.A)),
            new Key("D", "next demo of the lecture track: open its lesson at its step and set it up",
                    Action.NEXT_DEMO, List.of(KeyCode.D)),
            new Key("Shift+D", "back one demo of the lecture track: the demo before, set up again",
                    Action.PREVIOUS_DEMO, List.of(KeyCode.D)));

    private LessonKeys() {
    }

    public static void install(Scene scene, LessonPlayer player) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || NumberEntry.isTyping(focus)) {
                return;
            }
            // Shift+D is the one shifted lesson key; Shift with any other key is left alone
            Action shifted = e.isShiftDown() ? Action.PREVIOUS_DEMO : null;
            Key key = KEYS.stream().filter(k -> k.codes().contains(e.getCode())
                    && (k.action() == Action.PREVIOUS_DEMO) == (shifted != null)).findFirst().orElse(null);
            if (key == null || key.action() == Action.SET_UP && !player.isPresenter() && takesEnter(focus)) {
                return;
            }
            if (key.action() == Action.SCROLL && (!player.isPresenter() || !player.isShown() || takesArrows(focus))) {
                return; // outside presenter mode a focused control keeps its arrows (the lesson's own scroll bar too)
            }
            if (key.action() == Action.SET_UP && !player.isLessonOpen() && player.isOpening()) {
                player.setUpWhenShown(); // a card just clicked: the lesson is still being read
                e.consume();
                return;
            }
            boolean can = switch (key.action()) {
                case NEXT_DEMO -> player.hasNextDemo();
                case PREVIOUS_DEMO -> player.hasPreviousDemo();
                default -> player.isLessonOpen();
            };
            if (!can) {
                return;
            }
            switch (key.action()) {
                case NEXT -> player.next();
                case PREVIOUS -> player.previous();
                case SET_UP -> player.setUpOrSayWhyNot(); // a reading step says so in the status bar
                case REVEAL_ANSWER -> player.revealAnswer();
                case NEXT_DEMO -> player.nextDemo();
                case PREVIOUS_DEMO -> player.previousDemo();
                case SCROLL -> player.scrollText(e.getCode() == KeyCode.DOWN ? 1 : -1);
            }
            e.consume();
        });
    }

    private static boolean takesEnter(Node focus) {
        return focus instanceof ButtonBase && inLessonPanel(focus) || focus instanceof ComboBoxBase
                || focus instanceof ListView || focus instanceof TreeView || focus instanceof TableView;
    }

    /**
     * Controls whose arrows mean something of their own: a slider, a spinner, a list, a combo box, a text field,
     * a quiz's choices and the "Variant shown:" picker ({@link ChoiceArrows}).
     * A tab pane's arrows are not among them: in presenter mode Down must not turn the charts to another tab.
     */
    private static boolean takesArrows(Node focus) {
        return focus instanceof javafx.scene.control.Slider || focus instanceof javafx.scene.control.Spinner
                || focus instanceof ComboBoxBase || focus instanceof ListView || focus instanceof TreeView
                || focus instanceof TableView || focus instanceof javafx.scene.control.TextInputControl
                || ChoiceArrows.taken(focus);
    }

    private static boolean inLessonPanel(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof LessonDock) {
                return true;
            }
        }
        return false;
    }
}
