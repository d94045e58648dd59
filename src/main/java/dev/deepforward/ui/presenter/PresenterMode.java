package dev.deepforward.ui.presenter;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * Presenter mode for the lecture hall (F5): full screen, large high-contrast type and thick chart lines,
 * the side panels put away so the network and its curves fill the wall. The window does the restyling and
 * the panels (it owns them, {@link Host}); this class keeps the state and the full-screen bookkeeping, so
 * leaving restores exactly what was there before (full screen or not, the dividers).
 */
public final class PresenterMode {

    /** What the window does when presenter mode starts or ends. */
    public interface Host {
        /** Hides (false) or brings back (true) the palette, data and inspector panels. */
        void showSidePanels(boolean show);

        /** Re-applies style sheets, chart colours and scale for the current mode. */
        void restyle();
    }

    private final Stage stage;
    private final Host host;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private boolean wasFullScreen;

    public PresenterMode(Stage stage, Host host) {
        this.stage = stage;
        this.host = host;
    }

    public void enter() {
        if (active.get()) {
            return;
        }
        active.set(true);
        host.showSidePanels(false);
        host.restyle();
        wasFullScreen = stage.isFullScreen();
        // Esc leaves presenter mode as a whole (our key handler), not just full screen behind our back.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("Presenter mode: Esc or F5 to leave");
        if (stage.isShowing()) {
            stage.setFullScreen(true);
        }
    }

    public void leave() {
        if (!active.get()) {
            return;
        }
        active.set(false);
        if (stage.isShowing() && !wasFullScreen) {
            stage.setFullScreen(false);
        }
        stage.setFullScreenExitKeyCombination(null);
        stage.setFullScreenExitHint(null);
        host.showSidePanels(true);
        host.restyle();
    }

    public void toggle() {
        if (active.get()) {
            leave();
        } else {
            enter();
        }
    }

    public boolean isActive() {
        return active.get();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }
}
