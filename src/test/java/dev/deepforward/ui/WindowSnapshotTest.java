package dev.deepforward.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.model.NetworkEdits;
import dev.deepforward.ui.shell.Theme;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes pictures of states that are hard to reach by hand in a screenshot session (a drag in progress,
 * an invalid card, vanishing gradients, the dark theme) to {@code target/ui-shots}, to look at them.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSnapshotTest {

    @RegisterExtension final WorkbenchFixture workbench = new WorkbenchFixture();

    private static final Path OUT = Path.of("target", "ui-shots");
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private Path snap(FxRobot robot, String name) throws Exception {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".png");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            var img = window.stage().getScene().snapshot(null);
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return file;
    }

    @Test
    void statesWorthLookingAt(FxRobot robot) throws Exception {
        Node c0 = robot.lookup("#layer-card-0").query();
        Node c1 = robot.lookup("#layer-card-1").query();
        Bounds a = c0.localToScreen(c0.getLayoutBounds());
        Bounds b = c1.localToScreen(c1.getLayoutBounds());
        robot.drag("#palette-dense", MouseButton.PRIMARY).moveTo(new Point2D((a.getMaxX() + b.getMinX()) / 2, a.getCenterY()));
        Path dragging = snap(robot, "dragging");
        robot.release(MouseButton.PRIMARY);

        robot.interact(() -> {
            window.document().apply(NetworkEdits.setUnits(2, 0));
            window.document().select(2);
        });
        Path invalid = snap(robot, "invalid");
        robot.interact(() -> {
            window.document().undo();
            window.document().apply(NetworkEdits.setAllActivations(dev.deepforward.spec.Activation.SIGMOID));
            window.document().apply(NetworkEdits.setAllInits(dev.deepforward.spec.WeightInit.NORMAL));
            window.runController().reset();
            window.runController().play();
        });
        robot.sleep(1500);
        robot.interact(() -> window.runController().pause());
        Path vanishing = snap(robot, "sigmoid-random");
        robot.interact(() -> window.setTheme(Theme.DARK));
        Path dark = snap(robot, "dark");
        robot.interact(() -> {
            window.setTheme(Theme.LIGHT);
            window.document().apply(dev.deepforward.ui.model.TrainingEdits.setDataset("plane"));
            window.document().apply(dev.deepforward.ui.model.TrainingEdits.setOptimizer(dev.deepforward.spec.Optimizer.SGD));
            window.document().apply(dev.deepforward.ui.model.TrainingEdits.setLearningRate(100));
            window.runController().play();
        });
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.runController().status().phaseProperty().get() == dev.deepforward.ui.run.RunPhase.DIVERGED);
        Path diverged = snap(robot, "diverged");
        robot.interact(window::dispose);
        for (Path p : new Path[] {dragging, invalid, vanishing, dark, diverged}) {
            assertThat(Files.size(p)).isGreaterThan(10_000);
        }
    }
}
