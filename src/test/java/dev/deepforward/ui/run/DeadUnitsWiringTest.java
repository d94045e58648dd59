package dev.deepforward.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.RealWindowTest;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A run whose ReLU units die says, when it ends, which layer and how many, on the real engine. */
class DeadUnitsWiringTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aRunWhoseReluUnitsDieNamesTheLayerAndHowManyInTheBanner(FxRobot robot) throws Exception {
        // Adam at η = 0.1 on the spiral: most units of both ReLU layers die within 400 iterations (seed 42).
        RunSpec base = RunSpec.defaults();
        RunSpec spec = base.withTraining(base.training().withOptimizer(OptimizerSpec.of(Optimizer.ADAM))
                .withLearningRate(0.1).withIterations(400));
        robot.interact(() -> window.document().replace(spec, "Too fast"));
        EngineRunController engine = (EngineRunController) window.runController();
        within(15, () -> engine.currentRun() != null);
        robot.interact(() -> engine.setSpeed(EngineRunController.FULL_SPEED));
        robot.clickOn("#play-button");
        within(60, () -> engine.status().phaseProperty().get() == RunPhase.FINISHED);
        within(5, () -> engine.status().alertProperty().get() != null);
        RunAlert alert = engine.status().alertProperty().get();
        assertThat(alert.kind()).isEqualTo(RunAlert.Kind.DEAD);
        assertThat(alert.title()).matches("Units died in layer [12] \\(relu 16\\)");
        assertThat(alert.detail()).containsPattern("Layer [12] \\(relu 16\\): 1[0-6] of 16 units are dead");
        assertThat(robot.lookup("#run-banner-title").queryAs(Label.class).getText()).contains("Units died in layer");
    }
}
