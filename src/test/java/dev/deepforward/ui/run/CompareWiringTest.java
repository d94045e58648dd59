package dev.deepforward.ui.run;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import dev.deepforward.ui.RealWindowTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.Loss;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.chart.GradientPanel;
import dev.deepforward.ui.chart.TrainingCharts;
import dev.deepforward.ui.compare.CompareMode;
import dev.deepforward.ui.compare.ComparePlan;
import dev.deepforward.ui.compare.VariantChoice;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Side-by-side runs in the window, on the real engine: the toolbar's Compare, the C key, divergence of one variant. */
class CompareWiringTest extends RealWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        open(stage);
    }

    private EngineRunController engine() {
        return (EngineRunController) window.runController();
    }

    private CompareMode compare() {
        return engine().compareMode();
    }

    private TrainingCharts charts() {
        return window.charts();
    }

    private void runOf(int variants) throws Exception {
        within(20, () -> engine().currentRun() != null
                && engine().currentRun().variantNames().size() == Math.max(1, variants)
                && (variants == 0 || !engine().currentRun().variantNames().get(0).isEmpty()));
    }

    @Test
    void whenEveryVariantStaysAtChanceTheBannerSaysSoAndNamesTheBaseInit(FxRobot robot) throws Exception {
        // Five sigmoid layers drawn from N(0, 0.01): neither dropout on nor off makes it learn.
        dev.deepforward.spec.RunSpec base = dev.deepforward.spec.RunSpec.defaults();
        var hidden = dev.deepforward.spec.NetworkSpec.uniform(5, 16, dev.deepforward.spec.Activation.SIGMOID).hidden()
                .stream().map(l -> l.withInit(dev.deepforward.spec.WeightInit.NORMAL, 0.01)).toList();
        dev.deepforward.spec.RunSpec stuck = base.withNetwork(base.network().withHidden(hidden))
                .withTraining(base.training().withIterations(200));
        robot.interact(() -> window.document().replace(stuck, "Stuck network"));
        robot.clickOn("#compare-button");
        robot.clickOn("Dropout: dropout on vs dropout off");
        runOf(2);
        robot.interact(() -> engine().setSpeed(EngineRunController.FULL_SPEED));
        robot.clickOn("#play-button");
        within(120, () -> engine().status().phaseProperty().get() == RunPhase.FINISHED);
        within(5, () -> engine().status().alertProperty().get() != null);
        RunAlert alert = engine().status().alertProperty().get();
        assertThat(alert.kind()).isEqualTo(RunAlert.Kind.CHANCE);
        assertThat(alert.title()).isEqualTo("Every variant stayed at chance");
        assertThat(alert.detail()).startsWith("Every variant stayed at chance (50 %): the base network does not learn")
                .contains("its init is N(0, 0.01)");
        // Another test class's window may hold a banner too: the one that shows this run's alert says so.
        within(10, () -> robot.lookup("#run-banner-title").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains("Every variant stayed at chance")));
    }

    @Test
    void comparingTheActivationOverlaysBothVariantsInEveryChart(FxRobot robot) throws Exception {
        robot.clickOn("#compare-button");
        robot.clickOn("Activation: sigmoid vs ReLU");
        runOf(2);
        assertThat(engine().currentRun().variantNames()).containsExactly("sigmoid", "ReLU");
        robot.clickOn("#play-button");
        within(15, () -> charts().accuracyChart().series(1).data().size() > 1
                && charts().gradientPanels().get(1).heatmap().data().samples() > 30);

        // Two named curves per chart, in the variants' fixed styles; the minibatch noise stays unnamed.
        assertThat(charts().lossChart().legendNames()).containsExactly("A: sigmoid", "B: ReLU");
        assertThat(charts().accuracyChart().legendNames()).containsExactly("A: sigmoid", "B: ReLU");
        assertThat(charts().lossChart().series(2).style().colour())
                .isEqualTo(dev.deepforward.ui.chart.SeriesStyle.compare(0).colour());
        assertThat(charts().lossChart().series(3).style().dash()).isNotEmpty(); // B is dashed, not only blue
        // One gradient panel per variant, side by side, named; both receive gradients.
        List<GradientPanel> panels = charts().gradientPanels();
        assertThat(panels).extracting(GradientPanel::label).containsExactly("A: sigmoid", "B: ReLU");
        assertThat(robot.lookup(".gradient-panel").queryAll().stream().filter(n -> n.getScene() != null)).hasSize(2);
        assertThat(panels.get(0).heatmap().data().samples()).isGreaterThan(30);
        // A before B: side by side where the row is wide enough, else A above B.
        var a = panels.get(0).localToScene(0, 0);
        var b = panels.get(1).localToScene(0, 0);
        assertThat(a.getX() < b.getX() || a.getY() < b.getY()).as("A before B").isTrue();
        // Sigmoid's first layer gets far smaller gradients than ReLU's: the point of the comparison.
        assertThat(panels.get(0).bars().value(0)).isLessThan(panels.get(1).bars().value(0));
        // The caption says what differs; the spiral gets one decision surface per variant.
        assertThat(robot.lookup("#compare-caption").queryAs(Label.class).getText())
                .isEqualTo("A: sigmoid · B: ReLU — same data, seed 42");
        assertThat(charts().surfaces()).extracting(s -> s.title()).containsExactly("A: sigmoid", "B: ReLU");
        within(5, () -> charts().surfaces().get(1).hasSurface());
        assertThat(robot.lookup("#status-variants").queryAs(Label.class).getText()).contains("A: sigmoid", "B: ReLU");
    }

    @Test
    void closingTheWindowStopsBothVariantsTrainingAtFullSpeed(FxRobot robot) throws Exception {
        playTwoVariantsAtFullSpeed(robot);
        within(HANG, () -> window.runController().status().iterationProperty().get() > 2000);
        assertThat(trainingThreads()).isPositive();

        robot.interact(stage::close);
        // How fast they stop is measured by CompareDemo --measure (README); here only that they do.
        within(HANG, () -> trainingThreads() == 0);
        assertThat(trainingThreads()).as("every training thread gone after the window closed").isZero();
    }

    @Test
    void twoVariantsAtFullSpeedFillTheChartsWhileTheFxThreadKeepsRunningTasks(FxRobot robot) throws Exception {
        playTwoVariantsAtFullSpeed(robot);
        within(HANG, () -> window.runController().status().iterationProperty().get() > 500);
        long startIteration = window.runController().status().iterationProperty().get();
        int lossPoints = charts().lossChart().series(2).data().size();
        long heat = charts().gradientPanels().get(1).heatmap().data().samples();

        // Twenty tasks handed to the FX thread one after another while both variants train flat out: each one
        // runs, in order, and sees the run move on. How long they wait is measured by CompareDemo --measure
        // (README); the wait here only bounds a hang, so a busy machine cannot fail it.
        List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int k = 0; k < 20; k++) {
            java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
            javafx.application.Platform.runLater(() -> {
                seen.add(window.runController().status().iterationProperty().get());
                ran.countDown();
            });
            assertThat(ran.await(HANG, java.util.concurrent.TimeUnit.SECONDS)).as("the FX thread ran task %d", k).isTrue();
            Thread.sleep(20);
        }
        assertThat(seen).hasSize(20).isSorted();

        // Meanwhile the run trained on (and still does) and every chart kept filling.
        within(HANG, () -> window.runController().status().iterationProperty().get() > startIteration + 1000
                && charts().lossChart().series(2).data().size() > lossPoints
                && charts().gradientPanels().get(1).heatmap().data().samples() > heat);
        assertThat(window.runController().status().phaseProperty().get()).isEqualTo(RunPhase.RUNNING);
    }

    /**
     * Compare mode (C), the speed slider at its right end, Play — on a long run: the default design ends
     * after 3,800 iterations, a fraction of a second at full speed, and the tests that call this need a
     * run still training flat out while they measure.
     */
    private void playTwoVariantsAtFullSpeed(FxRobot robot) throws Exception {
        robot.interact(() -> window.document().apply(dev.deepforward.ui.model.TrainingEdits.setEpochs(100_000)));
        robot.type(KeyCode.C);
        runOf(2);
        robot.interact(() -> {
            javafx.scene.control.Slider speed = robot.lookup("#speed-slider").queryAs(javafx.scene.control.Slider.class);
            speed.setValue(speed.getMax());
        });
        robot.clickOn("#play-button");
    }

    private static long trainingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("training")).count();
    }

    @Test
    void theCKeyLeavesCompareModeForOneRunAndComesBack(FxRobot robot) throws Exception {
        robot.interact(() -> compare().compare(dev.deepforward.ui.compare.HeadlineToggle.INIT));
        runOf(2);
        assertThat(charts().lossChart().legendNames()).containsExactly("A: Xavier", "B: random");

        robot.clickOn("#designer").type(KeyCode.C);
        runOf(0);
        assertThat(compare().isOn()).isFalse();
        assertThat(engine().currentRun().variantNames()).containsExactly("");
        assertThat(charts().lossChart().legendNames()).containsExactly("batch loss", "train loss", "validation loss");
        assertThat(charts().gradientPanels()).hasSize(1);
        assertThat(robot.lookup("#compare-caption").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup(".gradient-panel").queryAll().stream().filter(n -> n.getScene() != null)).isEmpty();
        robot.clickOn("#play-button");
        within(10, () -> charts().heatmap().data().samples() > 10);

        robot.type(KeyCode.C);
        runOf(2);
        assertThat(compare().plan().choices()).extracting(VariantChoice::name).containsExactly("Xavier", "random");
    }

    @Test
    void aDivergedVariantSaysSoInItsOwnPanelWhileTheOtherTrainsOn(FxRobot robot) throws Exception {
        RunSpec base = RunSpec.defaults().withData(DataSpec.of("plane"));
        RunSpec plane = base.withTraining(base.training().withLoss(Loss.MSE).withOptimizer(OptimizerSpec.of(Optimizer.SGD)));
        robot.interact(() -> {
            window.document().replace(plane, "Plane, MSE, SGD");
            compare().set(ComparePlan.custom(List.of(VariantChoice.named("η 0.01").withLearningRate(0.01),
                    VariantChoice.named("η 50").withLearningRate(50.0))));
        });
        runOf(2);
        robot.clickOn("#play-button");
        within(15, () -> !charts().gradientPanels().get(1).alertText().isEmpty());
        long at = window.runController().status().iterationProperty().get();

        assertThat(charts().gradientPanels().get(1).alertText()).startsWith("⚠ Diverged at iteration");
        assertThat(charts().gradientPanels().get(0).alertText()).isEmpty();
        // The window-wide banner stays for a run that broke down as a whole.
        assertThat(window.runController().status().alertProperty().get()).isNull();
        within(10, () -> window.runController().status().iterationProperty().get() > at + 20);
        assertThat(window.runController().status().phaseProperty().get()).isEqualTo(RunPhase.RUNNING);
        within(3, () -> robot.lookup("#status-variants").queryAs(Label.class).getText().contains("B: η 50 ⚠ diverged"));
        assertThat(robot.lookup("#compare-caption").queryAs(Label.class).getText())
                .isEqualTo("A: η 0.01 · B: η 50 — same data, seed 42");
    }
}
