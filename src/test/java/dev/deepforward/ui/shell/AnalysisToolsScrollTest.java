package dev.deepforward.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.files.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1280×800 with a lesson open and the Network panel shown, the Analysis tab is short: each of its tools
 * keeps its own height and scrolls (a bar and the mouse wheel) down to its last row, rather than being cut
 * off below the fold with no way to reach it.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisToolsScrollTest {

    private WorkbenchWindow window;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            window.dispose();
            window.stage().hide();
        });
    }

    @Test
    void everyAnalysisToolScrollsToItsLastRowBesideTheNetworkPanelAt1280x800(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                Path home = Files.createTempDirectory("df-analysis-scroll");
                window = new WorkbenchWindow(new Stage(), new PrefsStore(home.resolve("ui.json")),
                        new WorkbenchWindow.Options(new ScriptedDialogs(), 1280 - WindowGeometry.FRAME_WIDTH,
                                800 - WindowGeometry.FRAME_HEIGHT, false));
                window.show();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicReference<CompletableFuture<Void>> open = new AtomicReference<>();
        robot.interact(() -> open.set(window.lessons().open(Path.of("lessons/16-time-and-hardware.json"))));
        open.get().get(20, TimeUnit.SECONDS);
        robot.clickOn("#tab-analysis");
        WaitForAsyncUtils.waitForFxEvents();
        var analysis = window.views().analysis();
        boolean someScrolled = false;
        for (Tab tab : analysis.getTabs()) {
            robot.clickOn(tab.getText());
            WaitForAsyncUtils.waitForFxEvents();
            robot.sleep(100);
            ScrollPane scroll = (ScrollPane) tab.getContent();
            Region panel = (Region) scroll.getContent();
            String what = tab.getText();
            assertThat(panel.getHeight()).as(what + ": the panel keeps the height it needs")
                    .isGreaterThanOrEqualTo(panel.minHeight(panel.getWidth()) - 0.5);
            Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            Bounds before = panel.localToScene(panel.getLayoutBounds());
            if (before.getMaxY() > view.getMaxY() + 0.5) {
                someScrolled = true;
                // the wheel over the panel brings its last row into the tab
                wheelToTheEnd(robot, scroll);
                assertThat(scroll.getVvalue()).as(what + ": scrolled to the end by the wheel")
                        .isEqualTo(scroll.getVmax());
            }
            Bounds after = panel.localToScene(panel.getLayoutBounds());
            assertThat(after.getMaxY()).as(what + ": the panel's last row inside the tab")
                    .isLessThanOrEqualTo(view.getMaxY() + 0.5);
            assertThat(view.getMaxY()).as(what + ": the tab inside the window")
                    .isLessThanOrEqualTo(window.scene().getHeight());
        }
        // the bias/variance panel, whose worked examples sat below the fold, can be read to its table
        robot.clickOn(analysis.biasTab().getText());
        ScrollPane scroll = (ScrollPane) analysis.biasTab().getContent();
        wheelToTheEnd(robot, scroll);
        Node table = window.scene().lookup("#bv-examples");
        Bounds t = table.localToScene(table.getLayoutBounds());
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        assertThat(t.getMinY()).as("the worked examples' top inside the tab").isGreaterThanOrEqualTo(view.getMinY());
        assertThat(t.getMaxY()).as("the worked examples' bottom inside the tab").isLessThanOrEqualTo(view.getMaxY() + 0.5);
        assertThat(someScrolled).as("beside the Network panel at 1280×800 the bias/variance tool needs to scroll")
                .isTrue();
    }

    /**
     * Turns the mouse wheel over the left of the tab (the chart side, clear of the table, which takes the
     * wheel for its own rows) until the tab is at its end. The headless robot's wheel turns the other way
     * from a desk's and moves a few pixels a notch, so the direction that moves the tab down is taken.
     */
    private static void wheelToTheEnd(FxRobot robot, ScrollPane scroll) {
        robot.moveTo(robot.point(scroll).atPosition(javafx.geometry.Pos.CENTER_LEFT)
                .atOffset(new javafx.geometry.Point2D(60, 0)).query());
        for (VerticalDirection d : new VerticalDirection[] {VerticalDirection.UP, VerticalDirection.DOWN}) {
            for (int i = 0; i < 400 && scroll.getVvalue() < scroll.getVmax(); i++) {
                robot.scroll(1, d);
                WaitForAsyncUtils.waitForFxEvents();
            }
            if (scroll.getVvalue() > 0) {
                return;
            }
        }
    }
}
