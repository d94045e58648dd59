package dev.deepforward.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's start: a maximized "Opening the workbench…" window, then the workbench's scene on the same
 * window. The workbench fills the window to its bottom edge (the status bar last, no empty strip under it),
 * as it does after the window is next resized.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningThenWorkbenchFillsTheWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theWorkbenchAfterTheMaximizedOpeningWindowReachesTheWindowsBottomEdge(FxRobot robot) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assumeTrue(WindowGeometry.fills(screen), "a screen of at most 1366x800, where the first window is maximized");
        Path home = Files.createTempDirectory("df-opening");
        PrefsStore prefs = new PrefsStore(home.resolve("ui.json"));
        robot.interact(() -> WorkbenchWindow.showOpening(stage, prefs));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isMaximized()).as("the opening window maximized").isTrue();
        WorkbenchWindow[] w = new WorkbenchWindow[1];
        robot.interact(() -> {
            w[0] = new WorkbenchWindow(stage, prefs, WorkbenchWindow.Options.app());
            w[0].show();
        });
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.sleep(50);
        }
        assertThat(stage.isMaximized()).as("still maximized").isTrue();
        // the headless screen has no title bar or frame: the scene is the window's whole inside
        assertThat(stage.getScene().getHeight()).as("the scene's height in the window's").isEqualTo(stage.getHeight());
        assertThat(stage.getScene().getWidth()).as("the scene's width in the window's").isEqualTo(stage.getWidth());
        Node status = stage.getScene().lookup("#status-bar");
        Bounds b = status.localToScene(status.getLayoutBounds());
        assertThat(b.getMaxY()).as("the status bar at the window's bottom edge")
                .isCloseTo(stage.getHeight(), org.assertj.core.data.Offset.offset(1.0));
        robot.interact(w[0]::dispose);
    }
}
