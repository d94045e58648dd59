package dev.deepforward.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.RealWindowTest;
import dev.deepforward.ui.chart.DecisionSurfaceView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The views of a run that ends show where it ended, on the real engine. */
class ViewsAtTheEndWiringTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aRunThatFinishesAtFullSpeedShowsItsLastIterationInTheSurfaceLabel(FxRobot robot) throws Exception {
        RunSpec base = RunSpec.defaults();
        RunSpec spec = base.withTraining(base.training().withIterations(700));
        robot.interact(() -> window.document().replace(spec, "Short run"));
        EngineRunController engine = (EngineRunController) window.runController();
        within(15, () -> engine.currentRun() != null);
        robot.interact(() -> engine.setSpeed(EngineRunController.FULL_SPEED));
        robot.clickOn("#play-button");
        within(60, () -> engine.status().phaseProperty().get() == RunPhase.FINISHED);
        DecisionSurfaceView surface = window.charts().surface();
        within(15, () -> surface.surfaceIteration() == 700);
        robot.interact(surface::paintNow);
        assertThat(surface.caption()).endsWith("700");
    }

    @Test
    void aPausedRunShowsTheIterationItPausedAtInTheSurfaceLabel(FxRobot robot) throws Exception {
        RunSpec base = RunSpec.defaults();
        RunSpec spec = base.withTraining(base.training().withIterations(1_000_000));
        robot.interact(() -> window.document().replace(spec, "Long run"));
        EngineRunController engine = (EngineRunController) window.runController();
        within(15, () -> engine.currentRun() != null);
        robot.clickOn("#play-button");
        within(30, () -> engine.status().iterationProperty().get() > 50);
        robot.clickOn("#play-button"); // pause
        within(15, () -> engine.status().phaseProperty().get() == RunPhase.PAUSED);
        DecisionSurfaceView surface = window.charts().surface();
        within(15, () -> surface.surfaceIteration() == engine.status().iterationProperty().get());
        robot.interact(surface::paintNow);
        assertThat(surface.caption()).endsWith(Long.toString(engine.status().iterationProperty().get()));
    }

    @Test
    void afterAResetWithTheRKeyTheSurfaceNoLongerShowsTheEndedRunAndShowsTheNewRunOnceItSteps(FxRobot robot) throws Exception {
        RunSpec base = RunSpec.defaults();
        RunSpec spec = base.withTraining(base.training().withIterations(700));
        robot.interact(() -> window.document().replace(spec, "Short run"));
        EngineRunController engine = (EngineRunController) window.runController();
        within(15, () -> engine.currentRun() != null);
        robot.interact(() -> engine.setSpeed(EngineRunController.FULL_SPEED));
        robot.clickOn("#play-button");
        within(60, () -> engine.status().phaseProperty().get() == RunPhase.FINISHED);
        DecisionSurfaceView surface = window.charts().surface();
        within(15, () -> surface.surfaceIteration() == 700);
        robot.clickOn("Neurons"); // another view that names its iteration
        dev.deepforward.ui.views.UnitThumbnails units = window.views().units();
        within(15, () -> units.outputs() != null && units.outputs().iteration() == 700);

        robot.type(javafx.scene.input.KeyCode.R);
        within(15, () -> engine.status().phaseProperty().get() == RunPhase.IDLE
                && engine.status().iterationProperty().get() == 0);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(units.outputs() == null || units.outputs().iteration() == 0)
                .as("the Neurons view after the reset: nothing, or the new run's untrained units").isTrue();
        robot.interact(surface::paintNow);
        assertThat(surface.hasSurface()).as("the ended run's picture after the reset").isFalse();
        assertThat(surface.caption()).as("no iteration of the ended run").isEmpty();
        assertThat(surface.pointCount()).as("the data points stay").isPositive();

        robot.type(javafx.scene.input.KeyCode.S);
        within(15, () -> surface.surfaceIteration() == 1);
        robot.interact(surface::paintNow);
        assertThat(surface.caption()).endsWith(" 1");
    }

    @Test
    void spaceOrSOnAFinishedRunKeepsItsCurvesAndSaysHowToTrainAgainAndRThenSpaceTrainsAgain(FxRobot robot) throws Exception {
        RunSpec base = RunSpec.defaults();
        RunSpec spec = base.withTraining(base.training().withIterations(700));
        robot.interact(() -> window.document().replace(spec, "Short run"));
        EngineRunController engine = (EngineRunController) window.runController();
        within(15, () -> engine.currentRun() != null);
        robot.interact(() -> engine.setSpeed(EngineRunController.FULL_SPEED));
        robot.clickOn("#play-button");
        within(60, () -> engine.status().phaseProperty().get() == RunPhase.FINISHED);
        within(5, () -> engine.status().iterationProperty().get() == 700);
        DecisionSurfaceView surface = window.charts().surface();
        within(15, () -> surface.surfaceIteration() == 700);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> atEnd = window.charts().runFigures();

        robot.type(javafx.scene.input.KeyCode.SPACE);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label notice = robot.lookup("#status-notice").queryAs(javafx.scene.control.Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("Finished").contains("R (Reset), then Space");
        assertThat(engine.status().phaseProperty().get()).isEqualTo(RunPhase.FINISHED);
        assertThat(engine.status().iterationProperty().get()).isEqualTo(700);
        assertThat(window.charts().runFigures()).isEqualTo(atEnd);
        assertThat(surface.surfaceIteration()).isEqualTo(700);
        robot.type(javafx.scene.input.KeyCode.S); // Step keeps the ended run too
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(engine.status().phaseProperty().get()).isEqualTo(RunPhase.FINISHED);
        assertThat(engine.status().iterationProperty().get()).isEqualTo(700);
        assertThat(window.charts().runFigures()).isEqualTo(atEnd);

        robot.type(javafx.scene.input.KeyCode.R);
        within(15, () -> engine.status().iterationProperty().get() == 0);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        within(60, () -> engine.status().phaseProperty().get() == RunPhase.FINISHED
                && engine.status().iterationProperty().get() == 700);
    }

    private static String rate(FxRobot robot) {
        javafx.scene.control.Label l = robot.lookup("#status-rate").queryAs(javafx.scene.control.Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    @Test
    void theStatusBarGivesARateOnlyWhileTrainingAndOnceTheRunEndsHowManyIterationsInHowLong(FxRobot robot) throws Exception {
        RunSpec base = RunSpec.defaults();
        RunSpec spec = base.withTraining(base.training().withIterations(1_000));
        robot.interact(() -> window.document().replace(spec, "Short run"));
        EngineRunController engine = (EngineRunController) window.runController();
        within(15, () -> engine.currentRun() != null);
        assertThat(rate(robot)).as("before the run starts").isEmpty();

        robot.clickOn("#play-button");
        within(30, () -> engine.status().iterationProperty().get() > 20);
        within(5, () -> rate(robot).endsWith(" steps/s"));
        robot.type(javafx.scene.input.KeyCode.SPACE); // pause
        within(15, () -> engine.status().phaseProperty().get() == RunPhase.PAUSED);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(rate(robot)).as("while paused").isEmpty();

        robot.interact(() -> engine.setSpeed(EngineRunController.FULL_SPEED));
        robot.type(javafx.scene.input.KeyCode.SPACE);
        within(60, () -> engine.status().phaseProperty().get() == RunPhase.FINISHED);
        within(5, () -> engine.status().iterationProperty().get() == 1_000);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-state").queryAs(javafx.scene.control.Label.class).getText()).contains("Finished");
        assertThat(rate(robot)).matches("1,000 iterations in (< 0\\.5 s|\\d+ ms|\\d\\.\\d s|\\d+ s|\\d+ min \\d\\d s)")
                .doesNotContain("steps/s");

        robot.clickOn("#reset-button");
        within(15, () -> engine.status().iterationProperty().get() == 0);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(rate(robot)).as("after a reset").isEmpty();
    }
}
