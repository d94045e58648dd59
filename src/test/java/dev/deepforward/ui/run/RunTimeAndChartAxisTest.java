package dev.deepforward.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.ui.RealWindowTest;
import dev.deepforward.ui.chart.LiveLineChart;
import dev.deepforward.ui.chart.TrainingCharts;
import dev.deepforward.ui.compare.ComparePlan;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Batch sizes compared for the same epochs: each variant's training time and examples per second under the
 * charts' header, the status bar following one variant, and the loss and accuracy charts and each variant's
 * gradient lines against iterations, epochs or examples seen (lesson 16, step 2). No timing is asserted: only that the figures are there and move.
 */
class RunTimeAndChartAxisTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private TrainingCharts charts() {
        return window.charts();
    }

    /** The last point's x as the chart draws it, of the chart's series named {@code name}. */
    private static double lastShownX(LiveLineChart chart, String name) {
        for (int i = 0; i < chart.seriesCount(); i++) {
            LiveLineChart.Series s = chart.series(i);
            if (s.name().equals(name) && s.data().size() > 0) {
                return s.shownX(s.data().size() - 1);
            }
        }
        throw new AssertionError("no series " + name);
    }

    /** A variant's figures: its time and speed, or under half a second of computing, just that. */
    private static final String TIMED_OR_TOO_SHORT = "[AB]: (< 0\\.5 s computing|.+ computing  ·  [\\d,]+ examples/s.*)";

    @Test
    void batchSizesComparedForTwoEpochsShowTheirTimesAndLineUpOnTheEpochAndExamplesAxes(FxRobot robot) throws Exception {
        RunSpec base = RunSpec.defaults();
        RunSpec spec = base.withTraining(base.training().withBatchSize(64).withEpochs(2));
        robot.interact(() -> {
            window.document().replace(spec, "Batch sizes");
            window.document().setComparison("Compare batch sizes", ComparePlan.ofVariants(List.of(
                    Variant.of("batch 4", "training.batchSize", 4), Variant.of("batch 64", "training.batchSize", 64))));
        });
        EngineRunController engine = (EngineRunController) window.runController();
        within(HANG, () -> engine.currentRun() != null && engine.runCount() == 2);
        int perEpochA = engine.currentRun().iterationsPerEpoch().get(0);
        int perEpochB = engine.currentRun().iterationsPerEpoch().get(1);
        int examples = engine.currentRun().examplesPerEpoch().get(0);
        assertThat(charts().runFigures()).containsExactly("", "");

        robot.clickOn("#play-button");
        within(HANG, () -> !charts().runFigures().get(0).isEmpty());
        String first = charts().runFigures().get(0);
        // under half a second of computing the line says so and gives no speed (a few ms of clock are noise)
        assertThat(first).startsWith("A: ").matches(TIMED_OR_TOO_SHORT);
        within(HANG, () -> !charts().runFigures().get(0).equals(first)
                || engine.status().phaseProperty().get() == RunPhase.FINISHED);
        // Once B has finished and A trains on, the status bar's iteration and epoch are both A's, and say so.
        within(HANG, () -> engine.status().iterationProperty().get() > 2L * perEpochB);
        long[] shown = new long[2];
        String[] epochText = new String[1];
        robot.interact(() -> {
            shown[0] = engine.status().iterationProperty().get();
            shown[1] = engine.status().epochProperty().get();
            epochText[0] = robot.lookup("#status-epoch").queryAs(Label.class).getText();
        });
        assertThat(epochText[0]).endsWith("(A)");
        assertThat(shown[1]).as("A's epoch at A's iteration " + shown[0]).isEqualTo((shown[0] - 1) / perEpochA + 1);

        robot.interact(() -> engine.setSpeed(EngineRunController.FULL_SPEED));
        within(HANG, () -> engine.status().phaseProperty().get() == RunPhase.FINISHED);
        within(HANG, () -> engine.status().iterationProperty().get() == 2L * perEpochA);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-epoch").queryAs(Label.class).getText()).isEqualTo("Epoch 2 (A)");
        within(HANG, () -> charts().runFigures().stream().allMatch(f -> f.contains("/epoch") || f.contains("< 0.5 s")));
        for (String f : charts().runFigures()) {
            assertThat(f).matches("[AB]: (< 0\\.5 s computing|.+ computing  ·  [\\d,]+ examples/s  ·  .+/epoch)");
        }
        assertThat(charts().runFigures().get(1)).startsWith("B: ");
        assertThat(robot.lookup("#run-figures").queryAs(javafx.scene.Node.class).isVisible()).isTrue();

        LiveLineChart loss = charts().lossChart();
        LiveLineChart accuracy = charts().accuracyChart();
        robot.interact(loss::paintNow);
        assertThat(loss.xLabel()).isEqualTo("iteration");
        assertThat(loss.xRange()[1]).isEqualTo(2.0 * perEpochA);
        assertThat(lastShownX(accuracy, "B: batch 64")).isEqualTo(2.0 * perEpochB);

        robot.clickOn("#chart-x-1"); // Epoch
        robot.interact(() -> {
            loss.paintNow();
            accuracy.paintNow();
        });
        assertThat(loss.xLabel()).isEqualTo("epoch");
        assertThat(accuracy.xLabel()).isEqualTo("epoch");
        assertThat(loss.xRange()[1]).isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(lastShownX(accuracy, "A: batch 4")).isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(lastShownX(accuracy, "B: batch 64")).isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(accuracy.xTickLabels()).contains("1", "2");
        assertThat(window.currentLayout().chartX()).isEqualTo("epoch");
        // Each variant's gradient lines follow the switch too, on that variant's own epoch.
        int[] perEpoch = {perEpochA, perEpochB};
        for (int v = 0; v < 2; v++) {
            LiveLineChart lines = charts().gradientPanels().get(v).lines().chart();
            assertThat(lines.xLabel()).as("variant " + v).isEqualTo("epoch");
            LiveLineChart.Series line0 = lines.series(0);
            int last = line0.data().size() - 1;
            assertThat(last).isPositive();
            assertThat(line0.shownX(last)).as("variant " + v)
                    .isCloseTo(line0.data().x(last) / perEpoch[v], org.assertj.core.api.Assertions.within(1e-9))
                    .isLessThanOrEqualTo(2.0 + 1e-9);
        }

        robot.clickOn("#chart-x-2"); // Examples seen
        robot.interact(loss::paintNow);
        assertThat(loss.xLabel()).isEqualTo("examples seen");
        assertThat(loss.xRange()[1]).isCloseTo(2.0 * examples, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(lastShownX(accuracy, "B: batch 64")).isCloseTo(2.0 * examples, org.assertj.core.api.Assertions.within(1e-6));
        LiveLineChart linesB = charts().gradientPanels().get(1).lines().chart();
        assertThat(linesB.xLabel()).isEqualTo("examples seen");
        LiveLineChart.Series b0 = linesB.series(0);
        int lastB = b0.data().size() - 1;
        assertThat(b0.shownX(lastB)).isCloseTo(b0.data().x(lastB) * examples / perEpochB,
                org.assertj.core.api.Assertions.within(1e-6));

        robot.clickOn("#chart-x-0");
        robot.interact(loss::paintNow);
        assertThat(loss.xLabel()).isEqualTo("iteration");
        assertThat(loss.xRange()[1]).isEqualTo(2.0 * perEpochA);
        assertThat(window.currentLayout().chartX()).isEqualTo("iteration");
        assertThat(linesB.xLabel()).isEqualTo("iteration");
        assertThat(b0.shownX(lastB)).isEqualTo(b0.data().x(lastB));
    }
}
