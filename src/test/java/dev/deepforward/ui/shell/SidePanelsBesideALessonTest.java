package dev.deepforward.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.files.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lesson open in a small window, and the person brings the side panels back with Ctrl+B: the four
 * columns (palette/data, network and charts, inspector, lesson) would need more than the width. Nothing is
 * then laid out past the window's edges: the lesson keeps its ×, title and Next button in the window, and the
 * palette/data panel and the inspector (one tabbed column, SidePanelsInANarrowWindowTest) each lie whole in
 * the workbench's column.
 */
@ExtendWith(ApplicationExtension.class)
class SidePanelsBesideALessonTest {

    private WorkbenchWindow window;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            window.dispose();
            window.stage().hide();
        });
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1024, 700", "1280, 800"})
    void ctrlBBesideALessonKeepsEveryColumnReachableAndNothingPastTheWindowsEdges(int screenW, int screenH,
            FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                Path home = Files.createTempDirectory("df-side-lesson");
                window = new WorkbenchWindow(new Stage(), new PrefsStore(home.resolve("ui.json")),
                        new WorkbenchWindow.Options(new ScriptedDialogs(), screenW - WindowGeometry.FRAME_WIDTH,
                                screenH - WindowGeometry.FRAME_HEIGHT, false));
                window.show();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicReference<CompletableFuture<Void>> open = new AtomicReference<>();
        robot.interact(() -> open.set(window.lessons().open(Path.of("lessons/10-bias-and-variance.json"))));
        open.get().get(20, TimeUnit.SECONDS);
        robot.interact(() -> window.lessons().goTo(1)); // step 2, set up: the charts' header gains its note
        settle(robot);
        robot.interact(() -> window.lessons().setUpStep());
        settle(robot);
        if (!window.sidePanelsShown()) { // put away for the lesson: Ctrl+B, as the person brings them out
            robot.interact(() -> window.stage().requestFocus());
            robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
            settle(robot);
        }
        String where = screenW + "×" + screenH + " with lesson 10 and the side panels";
        assertThat(window.sidePanelsShown()).as("side panels out at " + where).isTrue();
        double w = window.scene().getWidth();
        double h = window.scene().getHeight();
        assertThat(((Region) window.scene().getRoot()).minWidth(-1)).as("the window's smallest width at " + where)
                .isLessThanOrEqualTo(w);
        for (String id : new String[] {"#lesson-close", "#lesson-catalogue-button", "#lesson-title", "#lesson-next",
                "#lesson-prev", "#lesson-dock"}) {
            assertInside(window.scene().lookup(id), 0, w, h, id + " at " + where);
        }
        // The workbench's own column (the lesson split's first item) lies inside the window beside the
        // lesson; each side panel lies whole within it, once scrolled to its side if it scrolls.
        Node column = ((javafx.scene.control.SplitPane) window.scene().lookup("#lesson-split")).getItems().get(0);
        Bounds shown = inScene(column);
        Bounds dock = inScene(window.scene().lookup("#lesson-dock"));
        Bounds view = new javafx.geometry.BoundingBox(Math.max(0, shown.getMinX()), shown.getMinY(),
                Math.min(Math.min(w, dock.getMinX()), shown.getMaxX()) - Math.max(0, shown.getMinX()),
                shown.getHeight());
        ScrollPane work = column instanceof ScrollPane sp ? sp : null;
        if (work != null) {
            robot.interact(() -> work.setHvalue(work.getHmin()));
            settle(robot);
        }
        assertWithin(window.scene().lookup("#left-panel"), view, "the palette/data panel (scrolled to) at " + where);
        if (work != null) {
            robot.interact(() -> work.setHvalue(work.getHmax()));
            settle(robot);
        }
        assertWithin(window.scene().lookup("#inspector-scroll"), view, "the inspector (scrolled to) at " + where);
        // The charts' switches lie whole inside their header and inside the window.
        robot.interact(() -> {
            if (work != null) {
                work.setHvalue(work.getHmin());
            }
        });
        settle(robot);
        Region header = (Region) window.scene().lookup("#charts-header");
        Bounds box = inScene(header);
        for (String id : new String[] {"#show-test-points", "#chart-x", "#log-loss"}) {
            Bounds b = inScene(window.scene().lookup(id));
            assertThat(b.getMaxX()).as(id + " inside the charts' header at " + where)
                    .isLessThanOrEqualTo(box.getMaxX() - header.snappedRightInset() + 0.5);
            assertThat(b.getMaxX()).as(id + " inside the workbench's column at " + where)
                    .isLessThanOrEqualTo(view.getMaxX() + 0.5);
        }
        javafx.scene.control.CheckBox log = (javafx.scene.control.CheckBox) window.scene().lookup("#log-loss");
        assertThat(((javafx.scene.text.Text) log.lookup(".text")).getText()).as("the log checkbox whole at " + where)
                .isEqualTo(log.getText());
    }

    private static void settle(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.sleep(40);
        }
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static void assertInside(Node n, double minX, double w, double h, String what) {
        Bounds b = inScene(n);
        assertThat(b.getMinX()).as(what + " left edge").isGreaterThanOrEqualTo(minX - 0.5);
        assertThat(b.getMaxX()).as(what + " right edge").isLessThanOrEqualTo(w + 0.5);
        assertThat(b.getMinY()).as(what + " top").isGreaterThanOrEqualTo(-0.5);
        assertThat(b.getMaxY()).as(what + " bottom").isLessThanOrEqualTo(h + 0.5);
    }

    private static void assertWithin(Node n, Bounds view, String what) {
        Bounds b = inScene(n);
        assertThat(b.getMinX()).as(what + " left edge").isGreaterThanOrEqualTo(view.getMinX() - 0.5);
        assertThat(b.getMaxX()).as(what + " right edge").isLessThanOrEqualTo(view.getMaxX() + 0.5);
    }
}
