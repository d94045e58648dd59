package dev.deepforward.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import dev.deepforward.ui.WorkbenchFixture;
import dev.deepforward.ui.shell.WorkbenchWindow;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
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
 * A set-up (Enter, Set up, D) shows what its step talks about: the Training tab, and the loss unless the
 * step's text is about the learning-rate chart; the loss chart's switch is drawn at 1280×800 with both side
 * panels open, and View → Learning rate in place of the loss (Ctrl+L) switches it too; the lecture track's
 * line stays over its own demo only.
 */
@ExtendWith(ApplicationExtension.class)
class SetUpShowsWhatTheStepTalksAboutTest {

    private static final Path SCHEDULES = Path.of("lessons/08-optimizers-and-schedules.json");

    @RegisterExtension final WorkbenchFixture workbench = WorkbenchFixture.scripted(1280, 800);

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = workbench.open(stage);
    }

    private void open(FxRobot robot, Path lesson) throws Exception {
        AtomicReference<CompletableFuture<Void>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.lessons().open(lesson)));
        f.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drawn: it and every parent visible, with some size, inside the window. */
    private boolean drawn(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        var scene = window.stage().getScene();
        return b.getWidth() > 0 && b.getHeight() > 0 && b.getMinX() >= 0 && b.getMaxX() <= scene.getWidth()
                && b.getMinY() >= 0 && b.getMaxY() <= scene.getHeight();
    }

    private boolean lossShown() {
        return window.charts().lossChart().isVisible() && !window.charts().learningRateChart().isVisible();
    }

    private String selectedTab() {
        return window.views().node().getSelectionModel().getSelectedItem().getText();
    }

    @Test
    void theLearningRateChosenInTheSchedulesStepGivesWayToTheLossWhenTheNextDemoIsSetUpOnTheTrainingTab(FxRobot robot)
            throws Exception {
        open(robot, SCHEDULES);
        robot.interact(() -> window.lessons().goTo(3)); // "Learning-rate schedules"
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lossShown()).as("the step's text begins with the loss curve").isTrue();
        ToggleButton rate = robot.lookup("#loss-view-1").queryAs(ToggleButton.class);
        assertThat(drawn(rate)).as("the switch beside a lesson at 1280x800").isTrue();
        robot.clickOn(rate);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.charts().learningRateChart().isVisible()).isTrue();

        // the instructor looks at the search panel, then opens the lecture track and presses D
        robot.clickOn("Analysis");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedTab()).isEqualTo("Analysis");
        robot.clickOn("Lessons");
        robot.clickOn("Open lecture track: lecture 90 minutes");
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().contains("11 demos, 90 min"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.D);
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().startsWith("Demo 1 of 11"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedTab()).as("demo 1 is watched on the charts").isEqualTo("Training");
        assertThat(lossShown()).as("demo 1 says: watch the loss").isTrue();
        assertThat(drawn(window.charts().lossChart())).isTrue();
        assertThat(robot.lookup("#loss-view-0").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void withBothSidePanelsOpenTheSwitchIsDrawnAndCtrlLOrTheViewMenuBringTheLossBack(FxRobot robot) throws Exception {
        assertThat(window.sidePanelsShown()).isTrue();
        ToggleButton lossButton = robot.lookup("#loss-view-0").queryAs(ToggleButton.class);
        ToggleButton rateButton = robot.lookup("#loss-view-1").queryAs(ToggleButton.class);
        assertThat(drawn(rateButton)).as("the switch at 1280x800 with both side panels").isTrue();
        robot.clickOn(rateButton);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.charts().learningRateChart().isVisible()).isTrue();
        assertThat(drawn(lossButton)).isTrue();
        robot.clickOn(lossButton);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lossShown()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.charts().learningRateChart().isVisible()).as("Ctrl+L").isTrue();
        robot.clickOn("View");
        robot.clickOn("#menu-learning-rate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lossShown()).as("View → Learning rate in place of the loss, unticked").isTrue();
        assertThat(lossButton.isSelected()).isTrue();
    }

    @Test
    void theTrackLineOfDemoOneIsNotShownOverALessonOpenedFromTheCatalogueAfterIt(FxRobot robot) throws Exception {
        robot.clickOn("Lessons");
        robot.clickOn("Open lecture track: lecture 90 minutes");
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().contains("11 demos, 90 min"));
        robot.type(KeyCode.D);
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().startsWith("Demo 1 of 11"));
        WaitForAsyncUtils.waitForFxEvents();
        Label track = robot.lookup("#lesson-track").queryAs(Label.class);
        assertThat(track.isVisible()).isTrue();
        assertThat(track.getText()).startsWith("Demo 1 of 11");

        robot.clickOn("#lesson-catalogue-button");
        Waits.within(Waits.HANG, () -> robot.lookup("#catalogue-deep-feedforward-networks").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#catalogue-deep-feedforward-networks");
        Waits.within(Waits.HANG, () -> window.lessons().isLessonOpen()
                && "deep-feedforward-networks".equals(window.lessons().lesson().id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(track.isVisible()).as("no stale 'Demo 1 of 11' over lesson 1").isFalse();

        robot.type(KeyCode.D); // the track goes on where it was
        Waits.within(Waits.HANG, () -> window.lessons().demoStatusProperty().get().startsWith("Demo 2 of 11"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(track.isVisible()).isTrue();
        assertThat(track.getText()).startsWith("Demo 2 of 11");
    }
}
