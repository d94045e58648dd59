package dev.deepforward.ui.run;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import dev.deepforward.ui.RealWindowTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.engine.run.Comparison;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.ui.model.DesignDocument;
import dev.deepforward.ui.model.NetworkEdits;
import dev.deepforward.ui.model.TrainingEdits;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** The window driving the real engine: Play, Pause, Reset, live and resetting edits, data sizes, divergence. */
class EngineWiringTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private DesignDocument doc() {
        return window.document();
    }

    private RunStatus status() {
        return window.runController().status();
    }

    private long iteration() {
        return status().iterationProperty().get();
    }

    private EngineRunController engine() {
        return (EngineRunController) window.runController();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Play on the default spiral, watch real iterations and loss points arrive, then pause. */
    private void trainAWhile(FxRobot robot) throws Exception {
        within(15, () -> engine().currentRun() != null);
        robot.clickOn("#play-button");
        within(10, () -> iteration() > 30);
    }

    @Test
    void playTrainsTheRealEngineAndPauseStopsIt(FxRobot robot) throws Exception {
        trainAWhile(robot);
        assertThat(text(robot, "#status-state")).contains("Training");
        assertThat(window.charts().lossChart().series(0).data().size()).isGreaterThan(10);
        assertThat(window.charts().heatmap().data().samples()).isGreaterThan(10);
        assertThat(status().backendProperty().get()).isEqualTo(BackendStatus.READY);

        robot.clickOn("#play-button");
        assertThat(text(robot, "#status-state")).contains("Paused");
        untilSettledAndDrawn(); // the iteration under way when Pause came may still land
        long paused = iteration();
        untilSettledAndDrawn();
        assertThat(iteration()).isEqualTo(paused);
        assertThat(text(robot, "#status-iteration")).isEqualTo("Iteration " + paused);

        robot.clickOn("#reset-button");
        within(5, () -> iteration() == 0);
        untilSettledAndDrawn();
        assertThat(iteration()).isZero();
        assertThat(window.charts().lossChart().series(0).data().size()).isZero();
        assertThat(text(robot, "#status-state")).contains("Ready");
    }

    @Test
    void pausedOrFinishedTheStatusTextsAreRebuiltOnlyWhenSomethingChanges(FxRobot robot) throws Exception {
        trainAWhile(robot);
        robot.clickOn("#play-button"); // pause
        untilSettledAndDrawn();
        untilSettledAndDrawn(); // the pause's own state change shown
        long[] rebuilt = new long[1];
        robot.interact(() -> rebuilt[0] = engine().statusRebuilds());
        for (int i = 0; i < 5; i++) {
            untilSettledAndDrawn(); // frames go by with nothing new
        }
        robot.interact(() -> assertThat(engine().statusRebuilds()).as("rebuilds on idle frames").isEqualTo(rebuilt[0]));
        assertThat(text(robot, "#status-state")).contains("Paused");
        assertThat(text(robot, "#status-iteration")).isEqualTo("Iteration " + iteration());

        robot.clickOn("#step-button"); // one step: shown at once
        within(HANG, () -> engine().statusRebuilds() > rebuilt[0]);
        untilSettledAndDrawn();
        assertThat(text(robot, "#status-iteration")).isEqualTo("Iteration " + iteration());

        robot.clickOn("#reset-button"); // a reset: shown at once, then quiet again
        within(5, () -> iteration() == 0);
        untilSettledAndDrawn();
        assertThat(text(robot, "#status-iteration")).isEqualTo("Iteration 0");
        assertThat(text(robot, "#status-state")).contains("Ready");
        robot.interact(() -> rebuilt[0] = engine().statusRebuilds());
        for (int i = 0; i < 5; i++) {
            untilSettledAndDrawn();
        }
        robot.interact(() -> assertThat(engine().statusRebuilds()).as("rebuilds on idle frames after a reset").isEqualTo(rebuilt[0]));
    }

    @Test
    void stepTakesOneIteration(FxRobot robot) throws Exception {
        within(15, () -> engine().currentRun() != null);
        robot.clickOn("#step-button");
        within(5, () -> iteration() == 1);
        robot.clickOn("#step-button");
        within(5, () -> iteration() == 2);
        assertThat(text(robot, "#status-state")).contains("Paused");
    }

    @Test
    void aLearningRateEditIsLiveAndAUnitsEditStartsOver(FxRobot robot) throws Exception {
        trainAWhile(robot);
        Comparison before = engine().currentRun();
        long at = iteration();
        robot.interact(() -> doc().apply(TrainingEdits.setLearningRate(0.003)));
        robot.interact(() -> doc().apply(TrainingEdits.setL2(0.001)));
        within(5, () -> iteration() > at + 20);
        assertThat(engine().currentRun()).isSameAs(before);
        assertThat(text(robot, "#status-state")).contains("Training");

        robot.interact(() -> doc().apply(NetworkEdits.setUnits(0, 8)));
        assertThat(iteration()).isZero();
        assertThat(window.charts().lossChart().series(0).data().size()).isZero();
        within(10, () -> engine().currentRun() != null);
        assertThat(engine().currentRun()).isNotSameAs(before);
        untilSettledAndDrawn();
        assertThat(iteration()).isZero();
        assertThat(text(robot, "#status-state")).contains("Ready");
    }

    @Test
    void aSavedWorkbenchRecordsTheLiveLearningRateChangeWithItsIterationAndWhereItCameFrom(FxRobot robot)
            throws Exception {
        trainAWhile(robot);
        robot.interact(() -> doc().apply(TrainingEdits.setLearningRate(0.003)));
        long changedAt = iteration();
        within(5, () -> iteration() > changedAt + 20);
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("df-prov").resolve("work.dfw");
        boolean[] saved = {false};
        robot.interact(() -> saved[0] = window.session().saveTo(file));
        assertThat(saved[0]).isTrue();

        var p = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).get("provenance");
        assertThat(p.get("app").asText()).isEqualTo("DeepForward Workbench development build");
        assertThat(p.get("backend").asText()).contains("ND4J");
        assertThat(java.time.Instant.parse(p.get("saved").asText())).isNotNull();
        assertThat(p.get("dataFiles")).isEmpty(); // the built-in spiral has no file
        var change = p.get("liveChanges").get(0);
        assertThat(change.get("setting").asText()).isEqualTo("learningRate");
        assertThat(change.get("value").asDouble()).isEqualTo(0.003);
        assertThat(change.get("iteration").asLong()).isBetween(30L, changedAt);
        // and the file opens again, provenance and all
        assertThat(dev.deepforward.ui.files.WorkbenchFiles.read(file).ok()).isTrue();
    }

    @Test
    void choosingIrisResizesTheInputAndOutput(FxRobot robot) {
        // the list shows titles and is short now (the data panel scrolls): select as a click would
        robot.interact(() -> robot.lookup("#dataset-list").queryListView().getSelectionModel().select("iris"));
        assertThat(doc().getSpec().data().dataset()).isEqualTo("iris");
        assertThat(doc().getInputs()).isEqualTo(4);
        assertThat(doc().getOutputs()).isEqualTo(3);
        assertThat(text(robot, "#input-block-detail")).startsWith("4 features");
        assertThat(text(robot, "#output-block-detail")).startsWith("3 classes");
        assertThat(text(robot, "#dataset-title")).contains("Iris");
        assertThat(text(robot, "#dataset-description")).contains("three species");

        robot.interact(() -> robot.lookup("#dataset-list").queryListView().getSelectionModel().select("mnist"));
        assertThat(text(robot, "#input-block-detail")).isEqualTo("784 features\n28×28 pixels");
        assertThat(text(robot, "#output-block-detail")).startsWith("10 classes");

        robot.interact(() -> doc().undo());
        robot.interact(() -> doc().undo());
        assertThat(text(robot, "#input-block-detail")).startsWith("2 features");
    }

    @Test
    void aDivergingRunSaysWhereAndWhy(FxRobot robot) throws Exception {
        robot.interact(() -> {
            doc().apply(TrainingEdits.setDataset("plane")); // regression: the loss follows to L2
            doc().apply(TrainingEdits.setOptimizer(Optimizer.SGD));
            doc().apply(TrainingEdits.setLearningRate(100));
        });
        assertThat(text(robot, "#output-block-detail")).startsWith("1 output");
        assertThat(robot.lookup("#run-banner").query().isVisible()).isFalse();
        within(15, () -> engine().currentRun() != null);
        robot.clickOn("#play-button");
        within(10, () -> status().phaseProperty().get() == RunPhase.DIVERGED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#run-banner").query().isVisible()).isTrue();
        assertThat(text(robot, "#run-banner-title")).startsWith("⚠ Diverged at iteration").contains("in layer");
        assertThat(text(robot, "#run-banner-detail")).contains("learning rate");
        assertThat(text(robot, "#status-state")).contains("Diverged");

        robot.clickOn("#run-banner-reset");
        within(5, () -> !robot.lookup("#run-banner").query().isVisible());
        assertThat(iteration()).isZero();
    }

    /**
     * Waits until the current run has settled (the iteration under way when Pause came has landed) and the
     * window has drawn two more frames, so everything the run published has reached the window — an ordering,
     * where a fixed sleep would be a guess that a busy machine can beat.
     */
    private void untilSettledAndDrawn() throws Exception {
        var run = engine().currentRun();
        if (run != null && !run.awaitSettled(HANG, TimeUnit.SECONDS)) {
            throw new AssertionError("the run did not settle in " + HANG + " s");
        }
        java.util.concurrent.CountDownLatch frames = new java.util.concurrent.CountDownLatch(2);
        javafx.application.Platform.runLater(() -> new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.countDown();
                if (frames.getCount() == 0) {
                    stop();
                }
            }
        }.start());
        if (!frames.await(HANG, TimeUnit.SECONDS)) {
            throw new AssertionError("the window drew no frames in " + HANG + " s");
        }
    }
}
