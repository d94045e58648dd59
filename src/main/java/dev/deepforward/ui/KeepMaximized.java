package dev.deepforward.ui;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Gives a maximized window its maximized state back after a modal dialog over it (the app's own dialogs and
 * the system's file choosers). While a modal dialog is up, JavaFX 21 on GTK pins its owner's size hints
 * (minimum = maximum) to the size it last asked for, not the maximized size, and openbox then takes the
 * maximized state away; it stays away once the dialog has closed. Seen 2026-12-03 with xprop under openbox at
 * 1280×800: over a start file's problems dialog the workbench had min = max = 1264×752 hints and no
 * _NET_WM_STATE_MAXIMIZED, and was 1264×752 still after OK.
 */
public final class KeepMaximized {

    private KeepMaximized() {
    }

    /** When {@code owner} is maximized now, maximizes it again once {@code dialog} has closed. */
    public static void over(Window owner, Window dialog) {
        if (owner instanceof Stage s && s.isMaximized()) {
            dialog.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> again(s));
        }
    }

    /** Runs a blocking chooser over {@code owner} and maximizes the owner again after it when it was. */
    public static <T> T around(Window owner, Function<Window, T> chooser) {
        boolean was = owner instanceof Stage s && s.isMaximized();
        T answer = chooser.apply(owner);
        if (was) {
            again((Stage) owner);
        }
        return answer;
    }

    private static void again(Stage s) {
        Platform.runLater(() -> {
            if (s.isShowing() && !s.isFullScreen()) {
                s.setMaximized(false); // two new requests: the state JavaFX already believes in would be dropped
                s.setMaximized(true);
            }
        });
    }
}
