package dev.deepforward.ui.lesson;

import dev.deepforward.ui.NumberEntry;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Steps through a lesson from the keyboard: PageDown or N for the next step, PageUp or P for the previous
 * one — the keys a presentation clicker sends, and none the workbench already uses (Space, S, →, R, C,
 * 1–4, F5, Esc). They act only while a lesson is open and never while the user types into a field (a text
 * field, an editable spinner or combo box).
 */
public final class LessonKeys {

    /**
     * One row of the lesson keys: as a person reads them, what they do, the key codes.
     *
     * @param forward whether the keys go to the next step (else the previous one)
     */
    public record Key(String keys, String does, boolean forward, List<KeyCode> codes) {
    }

    /** The lesson keys; the filter below reads them from here, and so does Help → Keyboard shortcuts. */
    public static final List<Key> KEYS = List.of(
            new Key("PgDn or N", "next lesson step", true, List.of(KeyCode.PAGE_DOWN, KeyCode.N)),
            new Key("PgUp or P", "previous lesson step", false, List.of(KeyCode.PAGE_UP, KeyCode.P)));

    private LessonKeys() {
    }

    public static void install(Scene scene, LessonPlayer player) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || !player.isLessonOpen()
                    || NumberEntry.isTyping(scene.getFocusOwner())) {
                return;
            }
            Key key = KEYS.stream().filter(k -> k.codes().contains(e.getCode())).findFirst().orElse(null);
            if (key == null) {
                return;
            }
            if (key.forward()) {
                player.next();
            } else {
                player.previous();
            }
            e.consume();
        });
    }
}
