package dev.deepforward.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The learning-rate chart, the gradient-norm lines and the decision surface's test points, headless. */
@ExtendWith(ApplicationExtension.class)
class TrainingChartsViewsTest {

    private static final String[] LAYERS = {"layer 1", "layer 2", "layer 3", "output"};
    private TrainingCharts charts;

    @Start
    void start(Stage stage) {
        charts = new TrainingCharts();
        stage.setScene(new Scene(charts, 1280, 640));
        stage.show();
    }

    /** A step schedule: η = 0.1 halved every 50 iterations, with made-up losses and norms. */
    private void feed(int runs, int iterations) {
        float[] norms = new float[LAYERS.length];
        for (int t = 0; t < iterations; t++) {
            double lr = 0.1 * Math.pow(0.5, t / 50);
            for (int l = 0; l < norms.length; l++) {
                norms[l] = (float) Math.pow(10, -4 + l);
            }
            for (int r = 0; r < runs; r++) {
                charts.iteration(r, t, 0, 1.0 / (t + 1), lr, norms);
            }
        }
    }

    @Test
    void theLearningRateChartShowsTheScheduleStepsBehindTheLossSwitch(FxRobot robot) {
        robot.interact(() -> {
            charts.reset(RunLayout.single(LAYERS));
            feed(1, 120);
        });
        LiveLineChart lr = charts.learningRateChart();
        assertThat(lr.legendNames()).containsExactly("learning rate");
        SeriesBuffer d = lr.series(0).data();
        assertThat(d.size()).isEqualTo(120);
        assertThat(d.y(0)).isEqualTo(0.1);
        assertThat(d.y(49)).isEqualTo(0.1);
        assertThat(d.y(50)).isEqualTo(0.05); // the step
        assertThat(d.y(119)).isEqualTo(0.025);
        // Hidden until switched to; the loss chart steps aside.
        assertThat(lr.isVisible()).isFalse();
        robot.clickOn("#loss-view-1");
        assertThat(lr.isVisible()).isTrue();
        assertThat(charts.lossChart().isVisible()).isFalse();
        robot.clickOn("#loss-view-1"); // clicking the chosen view keeps it
        assertThat(lr.isVisible()).isTrue();
        robot.clickOn("#loss-view-0");
        assertThat(charts.lossChart().isVisible()).isTrue();
    }

    @Test
    void aComparisonGetsOneLearningRateCurvePerVariant(FxRobot robot) {
        robot.interact(() -> {
            charts.reset(new RunLayout(LAYERS, List.of("A: η 0.1", "B: η 0.01"), "A · B"));
            feed(2, 10);
        });
        assertThat(charts.learningRateChart().legendNames()).containsExactly("A: η 0.1", "B: η 0.01");
        assertThat(charts.learningRateChart().series(1).style()).isEqualTo(SeriesStyle.compare(1));
    }

    @Test
    void theGradientLinesHaveOneNamedSeriesPerLayerInOrderedDistinctStyles(FxRobot robot) {
        robot.interact(() -> {
            charts.reset(new RunLayout(LAYERS, List.of("A: sigmoid", "B: ReLU"), "A · B"));
            feed(2, 30);
        });
        for (GradientPanel p : charts.gradientPanels()) {
            LiveLineChart lines = p.lines().chart();
            assertThat(lines.legendNames()).containsExactly(LAYERS);
            assertThat(lines.isLogY()).isTrue();
            assertThat(lines.series(0).data().size()).isEqualTo(30);
            assertThat(lines.series(3).data().y(0)).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-6));
        }
        LiveLineChart lines = charts.gradientPanels().get(0).lines().chart();
        List<SeriesStyle> styles = IntStream.range(0, LAYERS.length).mapToObj(i -> lines.series(i).style()).toList();
        assertThat(styles.stream().map(SeriesStyle::marker).distinct()).hasSize(LAYERS.length);
        assertThat(styles.stream().map(s -> java.util.Arrays.toString(s.dash())).distinct()).hasSize(LAYERS.length);
        // Sampled along viridis: brightness rises from the first layer to the output.
        for (int i = 1; i < styles.size(); i++) {
            assertThat(luminance(styles.get(i).colour())).isGreaterThan(luminance(styles.get(i - 1).colour()));
        }
        // One switch moves every variant's panel from heatmap to lines.
        assertThat(lines.isVisible()).isFalse();
        robot.clickOn("#gradient-view-0-1");
        for (GradientPanel p : charts.gradientPanels()) {
            assertThat(p.lines().chart().isVisible()).isTrue();
            assertThat(p.heatmap().isVisible()).isFalse();
        }
        robot.interact(() -> charts.gradientViewProperty().set(0));
        assertThat(charts.gradientPanels().get(1).heatmap().isVisible()).isTrue();
    }

    @Test
    void aHiddenChartDoesNotRepaintWhileDataArrives(FxRobot robot) throws Exception {
        robot.interact(() -> charts.reset(RunLayout.single(LAYERS)));
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        long lrPaints = charts.learningRateChart().paintCount();
        long lossPaints = charts.lossChart().paintCount();
        for (int k = 0; k < 10; k++) {
            int base = k * 10;
            robot.interact(() -> {
                float[] norms = {1, 1, 1, 1};
                for (int t = base; t < base + 10; t++) {
                    charts.iteration(0, t, 0, 1, 0.1, norms);
                }
            });
            WaitForAsyncUtils.sleep(40, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        // The shown chart repaints at its next pulses (however late a busy machine makes them); by then the
        // hidden one has had the same chances and still has not.
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> charts.lossChart().paintCount() > lossPaints);
        assertThat(charts.learningRateChart().paintCount()).isEqualTo(lrPaints);
        assertThat(charts.learningRateChart().isDirty()).isTrue(); // it paints once shown
    }

    @Test
    void theTestPointsToggleChangesWhatTheSurfaceDraws(FxRobot robot) {
        robot.interact(() -> {
            charts.reset(RunLayout.single(LAYERS));
            charts.showSurface(true);
            DecisionSurfaceView s = charts.surface();
            s.setPoints(new double[] {-1, 0, 1}, new double[] {0, 0, 0}, new int[] {0, 1, 0}, null);
            s.setTestPoints(new double[] {-0.5, 0.5}, new double[] {0.5, -0.5}, new int[] {1, 0}, null);
            s.paintNow();
        });
        DecisionSurfaceView s = charts.surface();
        assertThat(s.testPointCount()).isEqualTo(2);
        assertThat(s.drawnTrainingPoints()).isEqualTo(3);
        assertThat(s.drawnTestPoints()).isZero();

        robot.clickOn("#show-test-points");
        robot.interact(s::paintNow);
        assertThat(s.isShowingTestPoints()).isTrue();
        assertThat(s.drawnTestPoints()).isEqualTo(2);
        assertThat(s.drawnTrainingPoints()).isEqualTo(3);

        robot.clickOn("#show-test-points");
        robot.interact(s::paintNow);
        assertThat(s.drawnTestPoints()).isZero();
    }

    private static double luminance(javafx.scene.paint.Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    @Test
    void accuracyNeverZoomsIntoLessThanTenPoints() {
        LiveLineChart.Axis a = charts.accuracyChart().yAxis(0.5, 0.505, 5);
        assertThat(a.hi() - a.lo()).isGreaterThanOrEqualTo(0.1);
        assertThat(a.lo()).isLessThanOrEqualTo(0.5);
        assertThat(a.hi()).isGreaterThanOrEqualTo(0.505);
        // The loss chart keeps zooming: a loss that creeps from 0.500 to 0.505 is worth seeing.
        LiveLineChart.Axis loss = new LiveLineChart("loss").yAxis(0.5, 0.505, 5);
        assertThat(loss.hi() - loss.lo()).isLessThan(0.02);
    }

    @Test
    void inANarrowCellTheViewSwitchStepsAsideSoTheTitleStaysReadable(FxRobot robot) {
        // The charts never get that narrow (they go one to a row, then scroll): at 400 px the loss chart
        // keeps its readable minimum and its switch.
        robot.interact(() -> charts.getScene().getWindow().setWidth(400));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(charts.lossView().getWidth()).isGreaterThanOrEqualTo(ChartArrangement.CHART_WIDTH - 0.5);
        // A switch alone in a cell narrower than its title and buttons steps aside.
        ViewSwitch alone = new ViewSwitch("narrow", java.util.List.of("Loss", "Learning rate"),
                java.util.List.of(new LiveLineChart("Loss"), new LiveLineChart("Learning rate")));
        javafx.scene.Scene scene = charts.getScene();
        javafx.scene.Parent before = scene.getRoot();
        robot.interact(() -> {
            scene.setRoot(new javafx.scene.layout.StackPane(alone));
            scene.getWindow().setWidth(200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node button = robot.lookup("#narrow-1").query().getParent(); // the switch's buttons
        assertThat(alone.getWidth()).isLessThan(250);
        assertThat(button.isVisible()).isFalse();
        robot.interact(() -> scene.getWindow().setWidth(1280));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(button.isVisible()).isTrue();
        robot.interact(() -> scene.setRoot(before));
    }

    @Test
    void aGradientBarsCellTooNarrowForBarsShowsTheValuesInstead(FxRobot robot) {
        LayerBars bars = new LayerBars("Latest");
        robot.interact(() -> {
            bars.setLayers(LAYERS);
            bars.setValues(new float[] {6.64e-8f, 4.09e-7f, 0.002f, 0.157f});
            bars.resize(110, 260);
            bars.layout();
            bars.paintNow();
        });
        assertThat(bars.barsShown()).isFalse();
        robot.interact(() -> {
            bars.resize(320, 260);
            bars.layout();
            bars.paintNow();
        });
        assertThat(bars.barsShown()).isTrue();
    }
}
