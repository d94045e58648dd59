package dev.deepforward.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.chart.ViewSwitch;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the wall, what the presenter clicks and the class reads grows with the rest of the type: the charts'
 * small switches (x: Iteration | Epoch | Examples, Loss | Learning rate, Heatmap | Lines) and the lesson
 * panel's buttons are as many times larger in presenter mode as the toolbar's text, and still shown whole.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterSwitchesScaleTest {

    /** What the presenter clicks: the charts' switches and the lesson panel's buttons. */
    private static final String[] CONTROLS = {"#chart-x-0", "#chart-x-2", "#loss-view-0", "#loss-view-1",
        "#gradient-view-0-0", "#gradient-view-0-1", "#log-loss", "#lesson-catalogue-button", "#lesson-close",
        "#lesson-next"};

    private WorkbenchWindow window;

    @RegisterExtension
    final WorkbenchFixture workbench = WorkbenchFixture.scripted(1280, 800);

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    @Test
    void f5MakesTheChartsSwitchesAndTheLessonsButtonsAsMuchLargerAsTheToolbarsText(FxRobot robot) throws Exception {
        AtomicReference<CompletableFuture<Void>> open = new AtomicReference<>();
        robot.interact(() -> open.set(window.lessons().open(Path.of("lessons/03-vanishing-gradients.json"))));
        open.get().get(20, TimeUnit.SECONDS);
        robot.interact(() -> window.lessons().setUpStep()); // its ten-layer network: a long header line
        settle(robot);
        Map<String, Double> before = sizes(robot);
        double toolbarBefore = font(robot, "#play-button");

        robot.interact(() -> window.stage().requestFocus());
        robot.type(KeyCode.F5);
        dev.deepforward.Waits.within(10, () -> window.presenter().isLookShown());
        settle(robot);
        double scale = font(robot, "#play-button") / toolbarBefore;
        assertThat(scale).as("the toolbar's text grows in presenter mode").isGreaterThan(1.25);
        Map<String, Double> after = sizes(robot);
        for (String id : CONTROLS) {
            assertThat(after.get(id) / before.get(id)).as(id + "'s text in presenter mode against normal mode")
                    .isCloseTo(scale, Offset.offset(0.05));
        }
        // Larger, the switches still sit on their charts' title rows, shown and inside the window.
        double w = window.scene().getWidth();
        for (String id : new String[] {"#loss-view", "#gradient-view-0"}) {
            ViewSwitch sw = (ViewSwitch) robot.lookup(node -> node instanceof ViewSwitch && node.lookup(id + "-0") != null)
                    .query();
            assertThat(sw.isSwitchShown()).as(id + " shown in presenter mode").isTrue();
        }
        for (String id : CONTROLS) {
            Bounds b = inScene(robot.lookup(id).query());
            assertThat(b.getMinX()).as(id + " left edge").isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMaxX()).as(id + " right edge").isLessThanOrEqualTo(w + 0.5);
        }

        // What the larger switches and buttons push aside is not cut: the network's status and the lesson's title.
        for (String id : new String[] {"#design-status", "#lesson-title"}) {
            Labeled l = robot.lookup(id).queryAs(Labeled.class);
            String shown = ((javafx.scene.text.Text) l.lookup(".text")).getText();
            assertThat(shown).as(id + " whole in presenter mode").isEqualTo(l.getText());
        }

        robot.type(KeyCode.ESCAPE);
        dev.deepforward.Waits.within(10, () -> !window.presenter().isLookShown());
        settle(robot);
        Map<String, Double> again = sizes(robot);
        for (String id : CONTROLS) {
            assertThat(again.get(id)).as(id + "'s text back in normal mode").isCloseTo(before.get(id), Offset.offset(0.01));
        }
    }

    private static Map<String, Double> sizes(FxRobot robot) {
        Map<String, Double> sizes = new LinkedHashMap<>();
        for (String id : CONTROLS) {
            sizes.put(id, font(robot, id));
        }
        return sizes;
    }

    private static double font(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return ((Labeled) n).getFont().getSize();
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static void settle(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.sleep(40);
        }
    }
}
