package dev.deepforward.ui.lesson;

import dev.deepforward.ui.NumberEntry;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * Steps through a lesson from the keyboard: PageDown or N for the next step, PageUp or P for the previous
 * one — the keys a presentation clicker sends, and none the workbench already uses (Space, S, →, R, C,
 * 1–4, F5, Esc). They act only while a lesson is open and never while the user types into a field (a text
 * field, an editable spinner or combo box).
 */
public final class LessonKeys {

    private LessonKeys() {
    }

    public static void install(Scene scene, LessonPlayer player) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || !player.isLessonOpen()
                    || NumberEntry.isTyping(scene.getFocusOwner())) {
                return;
            }
            switch (e.getCode()) {
                case PAGE_DOWN, N -> player.next();
                case PAGE_UP, P -> player.previous();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }
}
