package dev.deepforward.ui;

import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Makes a dialog as large as its content the first time it is shown. The first dialog of a session was seen
 * to open about 200 px wide, its message, details and OK button cut off (a busy machine, the window manager
 * placing the window before its content had been measured); later ones were fine. Here the pane's own
 * preferred size is its minimum, and once shown the window is grown to it (again on the next pulse, after
 * the window manager's first say) and may not be made smaller than that.
 */
public final class DialogSize {

    private DialogSize() {
    }

    /** Sizes {@code dialog} to its content whenever it is shown; call before {@code showAndWait}. */
    public static void fitContent(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        pane.setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> {
            grow(dialog);
            Platform.runLater(() -> grow(dialog));
            Window window = pane.getScene().getWindow();
            // a window manager that cuts the window down afterwards gets it back at its content's size
            javafx.beans.InvalidationListener again = o -> Platform.runLater(() -> grow(dialog));
            window.widthProperty().addListener(again);
            window.heightProperty().addListener(again);
        });
    }

    /** The width and height the dialog's window needs for its content (its decorations not counted). */
    static double[] needed(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        pane.applyCss();
        double w = Math.max(pane.minWidth(-1), pane.prefWidth(-1));
        double h = Math.max(pane.minHeight(w), pane.prefHeight(w));
        return new double[] {Math.ceil(w), Math.ceil(h)};
    }

    private static void grow(Dialog<?> dialog) {
        if (!dialog.isShowing() || dialog.getDialogPane().getScene() == null) {
            return;
        }
        Window window = dialog.getDialogPane().getScene().getWindow();
        double[] need = needed(dialog);
        double extraW = window.getWidth() - dialog.getDialogPane().getScene().getWidth();
        double extraH = window.getHeight() - dialog.getDialogPane().getScene().getHeight();
        double w = need[0] + (Double.isNaN(extraW) || extraW < 0 ? 0 : extraW);
        double h = need[1] + (Double.isNaN(extraH) || extraH < 0 ? 0 : extraH);
        // never larger than the screen it is on: its buttons stay in sight
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(window.getX(), window.getY(),
                Math.max(1, window.getWidth()), Math.max(1, window.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        w = Math.min(w, screen.getWidth());
        h = Math.min(h, screen.getHeight());
        if (window instanceof Stage stage) {
            stage.setMinWidth(w);
            stage.setMinHeight(h);
        }
        if (window.getWidth() < w || window.getHeight() < h) {
            window.setWidth(Math.max(window.getWidth(), w));
            window.setHeight(Math.max(window.getHeight(), h));
        }
    }
}
