package dev.deepforward.ui.presenter;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Dimension2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Presenter mode for the lecture hall (F5): full screen, large high-contrast type and thick chart lines,
 * the side panels put away so the network and its curves fill the wall. The window does the restyling and
 * the panels (it owns them, {@link Host}); this class keeps the state and the full-screen bookkeeping, so
 * leaving restores exactly what was there before (full screen or not, the dividers, the window's size).
 *
 * <p>The switch is one picture to the next: the window manager resizes a window going full screen (or
 * back) a moment after it is asked, so the new look is applied in the same event that brings the new size,
 * and the next frame is laid out once, at the size it is shown at. Until then the old look stays whole.
 * When no resize is coming (the window is already full screen, or not shown) the look changes at once;
 * a window manager that never answers gets it after {@link #RESIZE_WAIT}.
 *
 * <p>Presenter mode ends with the full screen: should the window manager or the system take the window
 * out of full screen (a desktop switch, a dialog), the window leaves presenter mode too, rather than keep
 * the wall's styling in a normal window.
 */
public final class PresenterMode {

    /** The longest the new look waits for the window manager's resize. */
    static final Duration RESIZE_WAIT = Duration.millis(400);

    /** What the window does when presenter mode starts or ends. */
    public interface Host {
        /**
         * Applies the presenter look ({@code true}: side panels away, presenter style sheet, chart scale)
         * or the workbench's own, completely, before the next frame.
         */
        void presenterLook(boolean on);
    }

    private final Stage stage;
    private final Host host;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper lookShown = new ReadOnlyBooleanWrapper(this, "lookShown");
    private boolean wasFullScreen;
    /** The scene's size before presenter mode, for the window settings (null while not active). */
    private Dimension2D windowSize;
    private boolean windowMaximized;
    /** Set while this class itself changes the full-screen state. */
    private boolean switching;
    private Runnable pending;
    private InvalidationListener pendingListener;
    private final PauseTransition timeout = new PauseTransition(RESIZE_WAIT);
    /** Leaves presenter mode when the full screen goes behind our back; removed by {@link #close()}. */
    private final javafx.beans.value.ChangeListener<Boolean> fullScreenLeft = (o, was, full) -> {
        if (!full && !switching && active.get()) {
            leave(); // left full screen behind our back: presenter mode goes with it
        }
    };

    public PresenterMode(Stage stage, Host host) {
        this.stage = stage;
        this.host = host;
        timeout.setOnFinished(e -> runPending());
        stage.fullScreenProperty().addListener(fullScreenLeft);
    }

    /**
     * Lets go of the stage once the window is closed. The stage can outlive the window (another window put
     * on the same stage; in the tests, the one stage every test's window is shown on), and the listener on
     * its full screen would keep the closed window, its charts and its document reachable with it.
     */
    public void close() {
        cancelPending();
        stage.fullScreenProperty().removeListener(fullScreenLeft);
    }

    public void enter() {
        if (active.get()) {
            return;
        }
        active.set(true);
        wasFullScreen = stage.isFullScreen();
        windowMaximized = stage.isMaximized();
        windowSize = windowMaximized ? new Dimension2D(stage.getWidth(), stage.getHeight())
                : stage.getScene() == null ? null
                : new Dimension2D(stage.getScene().getWidth(), stage.getScene().getHeight());
        // Esc leaves presenter mode as a whole (our key handler), not just full screen behind our back.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("Presenter mode: Esc or F5 to leave");
        if (stage.isShowing() && !wasFullScreen) {
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(stage.getX(),
                    stage.getY(), Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight())).stream()
                    .findFirst().orElse(javafx.stage.Screen.getPrimary()).getBounds();
            switchFullScreen(true, new Dimension2D(screen.getWidth(), screen.getHeight()), () -> look(true));
        } else {
            look(true);
        }
    }

    public void leave() {
        if (!active.get()) {
            return;
        }
        active.set(false);
        Dimension2D before = windowSize;
        windowSize = null;
        if (stage.isShowing() && !wasFullScreen && stage.isFullScreen()) {
            switchFullScreen(false, before, () -> look(false));
        } else {
            cancelPending();
            look(false);
        }
        stage.setFullScreenExitKeyCombination(null);
        stage.setFullScreenExitHint(null);
    }

    public void toggle() {
        if (active.get()) {
            leave();
        } else {
            enter();
        }
    }

    /** Whether presenter mode is on (at once, on the key; the look may follow with the window's resize). */
    public boolean isActive() {
        return active.get();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Whether the presenter look is what the window shows now. */
    public boolean isLookShown() {
        return lookShown.get();
    }

    public ReadOnlyBooleanProperty lookShownProperty() {
        return lookShown.getReadOnlyProperty();
    }

    /**
     * The window's own size and whether it was maximized, from before presenter mode, while it is on (the
     * settings remember the window, not the full screen); null when presenter mode is off.
     */
    public Dimension2D windowSize() {
        return windowSize;
    }

    public boolean windowMaximized() {
        return windowMaximized;
    }

    private void look(boolean on) {
        if (lookShown.get() == on) {
            return;
        }
        lookShown.set(on);
        host.presenterLook(on);
    }

    /**
     * Changes the full screen and runs {@code then} with the resize it brings (or after the wait); at once
     * when the scene has the size it is going to have already ({@code target}, null if not known).
     */
    private void switchFullScreen(boolean full, Dimension2D target, Runnable then) {
        cancelPending();
        var scene = stage.getScene();
        double w = scene == null ? 0 : scene.getWidth();
        double h = scene == null ? 0 : scene.getHeight();
        pending = then;
        if (scene != null) {
            pendingListener = (Observable o) -> {
                if (scene.getWidth() != w || scene.getHeight() != h) {
                    runPending();
                }
            };
            scene.widthProperty().addListener(pendingListener);
            scene.heightProperty().addListener(pendingListener);
        }
        switching = true;
        try {
            stage.setFullScreen(full);
        } finally {
            switching = false;
        }
        if (pending != null && scene != null && target != null && Math.abs(scene.getWidth() - target.getWidth()) < 1
                && Math.abs(scene.getHeight() - target.getHeight()) < 1) {
            runPending(); // no resize is coming: the window has that size already
        }
        if (pending != null) {
            timeout.playFromStart();
        }
    }

    private void runPending() {
        Runnable r = pending;
        cancelPending();
        if (r != null) {
            r.run();
        }
    }

    private void cancelPending() {
        timeout.stop();
        pending = null;
        if (pendingListener != null && stage.getScene() != null) {
            stage.getScene().widthProperty().removeListener(pendingListener);
            stage.getScene().heightProperty().removeListener(pendingListener);
        }
        pendingListener = null;
    }
}
