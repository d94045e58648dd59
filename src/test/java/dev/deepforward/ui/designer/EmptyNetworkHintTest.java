package dev.deepforward.ui.designer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A network with no hidden layer shows the hint to drag one in, whole, between the input and output boxes,
 * and no link or connector line is drawn across it: in the full designer and in the compact strip.
 */
@ExtendWith(ApplicationExtension.class)
class EmptyNetworkHintTest {

    @RegisterExtension final WorkbenchFixture workbench = WorkbenchFixture.scripted(1280, 800);

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    @Test
    void theHintOfAnEmptyNetworkIsCrossedByNoLineInTheDesignerAndInTheStrip(FxRobot robot) {
        // The robot deletes every hidden layer: select it, press Delete.
        for (int i = 0; i < 20 && robot.lookup("#layer-card-0").tryQuery().isPresent(); i++) {
            robot.clickOn("#layer-card-0");
            robot.type(KeyCode.DELETE);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(window.document().getSpec().network().hidden()).isEmpty();
        DesignerCanvas canvas = robot.lookup("#designer").queryAs(DesignerCanvas.class);
        assertThat(canvas.isCompact()).as("the full designer in the 1280×800 window").isFalse();
        assertHintClear(robot, canvas, "the full designer");

        // A low window: the designer becomes the compact strip, one line from the input box to the output's.
        robot.interact(() -> window.stage().setHeight(560));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        assertThat(canvas.isCompact()).as("the strip in a 560 px high window").isTrue();
        assertHintClear(robot, canvas, "the strip");
    }

    private static void assertHintClear(FxRobot robot, DesignerCanvas canvas, String where) {
        Label hint = (Label) canvas.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("empty-hint")).findFirst().orElseThrow();
        assertThat(hint.isVisible()).as("the hint in " + where).isTrue();
        Node text = hint.lookup(".text");
        assertThat(((javafx.scene.text.Text) text).getText()).as("the hint shown whole in " + where)
                .isEqualTo(hint.getText());
        Bounds h = hint.getBoundsInParent();
        Bounds in = canvas.lookup("#input-block").getBoundsInParent();
        Bounds out = canvas.lookup("#output-block").getBoundsInParent();
        assertThat(h.getMinX()).as("the hint right of the input box in " + where).isGreaterThan(in.getMaxX());
        assertThat(h.getMaxX()).as("the hint left of the output box in " + where).isLessThan(out.getMinX());
        assertThat(h.getMinY()).as("the hint's top inside the designer in " + where).isGreaterThanOrEqualTo(0);
        assertThat(h.getMaxY()).as("the hint's bottom inside the designer in " + where)
                .isLessThanOrEqualTo(canvas.getHeight());

        // What is shown where the hint is: the same with the links and lines drawn as without them.
        Canvas diagram = (Canvas) canvas.getChildrenUnmodifiable().stream().filter(n -> n instanceof Canvas)
                .findFirst().orElseThrow();
        AtomicReference<Image> with = new AtomicReference<>();
        AtomicReference<Image> without = new AtomicReference<>();
        robot.interact(() -> {
            with.set(canvas.snapshot(null, null));
            diagram.setVisible(false);
            without.set(canvas.snapshot(null, null));
            diagram.setVisible(true);
        });
        int differing = 0;
        for (int y = (int) Math.ceil(h.getMinY()); y < (int) h.getMaxY(); y++) {
            for (int x = (int) Math.ceil(h.getMinX()); x < (int) h.getMaxX(); x++) {
                if (with.get().getPixelReader().getArgb(x, y) != without.get().getPixelReader().getArgb(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels of the hint's box drawn over by links or lines in " + where).isZero();
    }
}
