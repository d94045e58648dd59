package dev.deepforward.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's first window on a projector-sized screen (the headless test screen is 1280×800) fills it,
 * maximized with its title bar; a size remembered from an earlier session still wins.
 */
@ExtendWith(ApplicationExtension.class)
class FirstWindowSizeTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private WorkbenchWindow open(FxRobot robot, Path home) {
        WorkbenchWindow[] w = new WorkbenchWindow[1];
        robot.interact(() -> {
            w[0] = new WorkbenchWindow(stage, new PrefsStore(home.resolve("ui.json")), WorkbenchWindow.Options.app());
            w[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return w[0];
    }

    @Test
    void onAProjectorSizedScreenTheFirstWindowFillsItAndARememberedSizeStillWins(FxRobot robot) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assumeTrue(WindowGeometry.fills(screen), "a screen of at most 1366x800");
        Path home = Files.createTempDirectory("df-first-window");

        WorkbenchWindow first = open(robot, home);
        assertThat(stage.isMaximized()).isTrue();
        assertThat(stage.getScene().getWidth()).isGreaterThanOrEqualTo(screen.getWidth() - WindowGeometry.FRAME_WIDTH);
        assertThat(stage.getScene().getHeight()).isGreaterThanOrEqualTo(screen.getHeight() - WindowGeometry.FRAME_HEIGHT);
        assertThat(robot.lookup("#status-state").queryAs(Label.class).isVisible()).isTrue();
        // The person makes it smaller and closes it: that size is remembered.
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            first.savePrefs();
            first.dispose();
        });
        UiPrefs saved = new PrefsStore(home.resolve("ui.json")).load();
        assertThat(saved.maximized()).isFalse();

        WorkbenchWindow again = open(robot, home);
        assertThat(stage.isMaximized()).isFalse();
        assertThat(stage.getScene().getWidth()).isEqualTo(Math.min(saved.width(), screen.getWidth() - WindowGeometry.FRAME_WIDTH));
        assertThat(stage.getScene().getWidth()).isLessThan(screen.getWidth() - WindowGeometry.FRAME_WIDTH);
        robot.interact(again::dispose);
    }
}
