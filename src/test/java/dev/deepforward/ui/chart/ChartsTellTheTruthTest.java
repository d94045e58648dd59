package dev.deepforward.ui.chart;

import static dev.deepforward.ui.chart.Straightness.maxDistanceFromFittedLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a chart shows is what there is: a single iteration's loss is drawn, the hover read-out names whole
 * iterations and never "NaN", a regression has no accuracy chart pretending to wait for data, and every
 * decision surface draws its boundary as a dark line (straight for a linear model, none for a constant one).
 */
@ExtendWith(ApplicationExtension.class)
class ChartsTellTheTruthTest {

    private static final int SIZE = 300;
    private final LiveLineChart loss = new LiveLineChart("Loss");
    private final DecisionSurfaceView surface = new DecisionSurfaceView();
    private final Color grey = Color.web("#999999");

    @Start
    void start(Stage stage) {
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {loss, surface}) {
            r.setMinSize(SIZE, SIZE);
            r.setPrefSize(SIZE, SIZE);
            r.setMaxSize(SIZE, SIZE);
        }
        loss.setXLabel("iteration");
        loss.setIntegerX(true);
        loss.setLogY(true);
        loss.addSeries("batch loss", new SeriesStyle(grey, new double[0], SeriesStyle.Marker.NONE, 1.0));
        loss.addSeries("train loss", SeriesStyle.variant(4));
        loss.addSeries("validation loss", SeriesStyle.variant(0));
        stage.setScene(new Scene(new HBox(loss, surface), 2 * SIZE, SIZE));
        stage.show();
    }

    /** One iteration as the primer's first step has it: batch loss 0.2743, train loss after the update 0.1202. */
    private void oneIteration(FxRobot robot) {
        robot.interact(() -> {
            loss.clearData();
            loss.append(0, 1, 0.2743);
            loss.append(1, 1, 0.1202);
            loss.append(2, 1, Double.NaN); // no validation data
        });
    }

    @Test
    void aRunOfOneIterationDrawsItsBatchLossAsAVisibleDotInTheMiddleOfTheAxis(FxRobot robot) {
        oneIteration(robot);
        Image shot = shoot(robot, loss);
        double[] p = loss.plotBounds();
        // The one iteration sits mid-axis; on the log axis 0.1 … 1, 0.2743 is log10(2.743) of the way up.
        double x = p[0] + p[2] / 2;
        double y = p[1] + p[3] * (1 - Math.log10(2.743));
        assertThat(nearest(shot, x, y, 3, grey)).as("the batch loss dot").isLessThan(0.1);
        // And the axis labels only the whole iteration, no "0.5" or "1.5".
        assertThat(loss.xTickLabels()).containsExactly("1");
    }

    @Test
    void theHoverReadOutNamesTheIterationAndLeavesOutASeriesWithoutAValue(FxRobot robot) {
        oneIteration(robot);
        double[] p = loss.plotBounds();
        robot.interact(() -> {
            loss.hoverAt(p[0] + p[2] / 2 + 1.3); // a little off the sample, as a hand is
            loss.paintNow();
        });
        assertThat(loss.hoverLines()).containsExactly("iteration 1", "batch loss: 0.274", "train loss: 0.12");
        assertThat(String.join(" ", loss.hoverLines())).doesNotContain("NaN");
        // Pointing well right of the one iteration, the read-out (left of the pointer) must not hide its points.
        robot.interact(() -> {
            loss.hoverAt(p[0] + p[2] * 0.9);
            loss.paintNow();
        });
        double[] box = loss.hoverBox();
        double x = p[0] + p[2] / 2;
        for (double v : new double[] {0.2743, 0.1202}) {
            double y = p[1] + p[3] * (1 - (Math.log10(v) + 1));
            boolean inside = x >= box[0] && x <= box[0] + box[2] && y >= box[1] && y <= box[1] + box[3];
            assertThat(inside).as("the point at " + v + " under the read-out " + java.util.Arrays.toString(box)).isFalse();
        }
    }

    @Test
    void aChartThatHasNothingToShowForTheRunSaysWhyInsteadOfEmptyAxesAndALegend(FxRobot robot) {
        oneIteration(robot);
        robot.interact(() -> {
            loss.setNotApplicable(TrainingCharts.NO_ACCURACY);
            loss.paintNow();
        });
        assertThat(loss.legendShown()).isEmpty();
        assertThat(loss.yTickLabels()).isEmpty();
        robot.interact(() -> {
            loss.setNotApplicable(null);
            loss.paintNow();
        });
        assertThat(loss.legendShown()).contains("batch loss", "train loss");
    }

    @Test
    void theLegendNamesNoSeriesThatHasOnlyNaNToDraw(FxRobot robot) {
        robot.interact(() -> {
            loss.clearData();
            loss.paintNow();
        });
        // Before any data every series is named (nothing is known yet) ...
        assertThat(loss.legendNames()).containsExactly("batch loss", "train loss", "validation loss");
        oneIteration(robot);
        robot.interact(loss::paintNow);
        // ... once the run shows it has no validation data, that name goes: it would name no line.
        assertThat(loss.legendShown()).containsExactly("batch loss", "train loss");
    }

    @Test
    void aRegressionGetsNoAccuracyChartAndItsSurfaceIsTitledAsThePredictedValue(FxRobot robot) {
        TrainingCharts charts = new TrainingCharts();
        robot.interact(() -> charts.setRegression(true));
        assertThat(charts.accuracyChart().notApplicable()).startsWith("Regression: no classes");
        assertThat(charts.surface().title()).isEqualTo("Predicted value");
        robot.interact(() -> charts.setRegression(false));
        assertThat(charts.accuracyChart().notApplicable()).isNull();
        assertThat(charts.surface().title()).isEqualTo("Decision surface");
    }

    @Test
    void aRegressionSurfaceWhoseValuesAllReadAlikeSaysSoRatherThanDrawingAnEmptyScale(FxRobot robot) {
        float[] values = new float[8 * 8];
        java.util.Arrays.fill(values, 0.26601f);
        robot.interact(() -> {
            surface.setPoints(new double[] {0}, new double[] {0}, null, new double[] {0.2659});
            surface.setSurface(8, -1, 1, -1, 1, values, DecisionSurfaceView.Mode.VALUE, 20);
            surface.paintNow();
        });
        assertThat(surface.caption()).contains("0.266 everywhere").doesNotContain("blue").doesNotContain("red");
    }

    @Test
    void aRegressionSurfaceIsColouredOverTheTargetsAndThePredictionsTogether(FxRobot robot) {
        float[] values = new float[8 * 8];
        java.util.Arrays.fill(values, -0.08f);
        robot.interact(() -> {
            surface.setPoints(new double[] {0}, new double[] {0}, null, new double[] {0.2659});
            surface.setSurface(8, -1, 1, -1, 1, values, DecisionSurfaceView.Mode.VALUE, 1);
            surface.paintNow();
        });
        assertThat(surface.valueScale()[0]).isCloseTo(-0.08, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(surface.valueScale()[1]).isCloseTo(0.2659, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(surface.caption()).contains("blue -0.08").contains("red 0.266");
        assertThat(surface.boundarySegments()).as("a regression has no class boundary").isEmpty();
    }

    @Test
    void aLinearModelsBoundaryIsADarkStraightLineAcrossTheSurface(FxRobot robot) {
        // What a trained logistic regression predicts: p = σ(4·(x − 0.6·y + 0.1)).
        int n = 64;
        float[] values = new float[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double x = -1 + 2 * (c + 0.5) / n;
                double y = -1 + 2 * (r + 0.5) / n;
                values[r * n + c] = (float) (1 / (1 + Math.exp(-4 * (x - 0.6 * y + 0.1))));
            }
        }
        robot.interact(() -> {
            surface.setPoints(new double[0], new double[0], new int[0], null);
            surface.setSurface(n, -1, 1, -1, 1, values, DecisionSurfaceView.Mode.PROBABILITY, 300);
        });
        List<double[]> line = boundaryPixels(shoot(robot, surface));
        double side = Math.min(SIZE - 20, SIZE - 30 - 26);
        assertThat(line.size()).as("dark boundary pixels").isGreaterThan((int) side);
        assertThat(maxDistanceFromFittedLine(line)).as("how far the darkest pixels stray from one straight line")
                .isLessThan(2.0);
        // And it lies where p = 0.5: x = 0.6·y − 0.1, at the middle row (y = 0) x = −0.1.
        double left = (SIZE - side) / 2;
        double midRow = 30 + side / 2;
        double expectedX = left + (-0.1 + 1) / 2 * side;
        assertThat(line.stream().filter(q -> Math.abs(q[1] - midRow) < 1)
                .allMatch(q -> Math.abs(q[0] - expectedX) < 3)).isTrue();
    }

    @Test
    void aConstantOutputHasNoBoundaryLine(FxRobot robot) {
        float[] values = new float[16 * 16];
        java.util.Arrays.fill(values, 0.3f);
        robot.interact(() -> {
            surface.setPoints(new double[0], new double[0], new int[0], null);
            surface.setSurface(16, -1, 1, -1, 1, values, DecisionSurfaceView.Mode.PROBABILITY, 0);
        });
        assertThat(boundaryPixels(shoot(robot, surface))).isEmpty();
        assertThat(surface.boundarySegments()).isEmpty();
        // One class everywhere of three: none either.
        java.util.Arrays.fill(values, 2f);
        robot.interact(() -> surface.setSurface(16, -1, 1, -1, 1, values, DecisionSurfaceView.Mode.CLASS, 0));
        assertThat(boundaryPixels(shoot(robot, surface))).isEmpty();
    }

    @Test
    void threeClassesGetALineWhereverThePredictedClassChanges(FxRobot robot) {
        int n = 16;
        float[] values = new float[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                values[r * n + c] = c < n / 3 ? 0 : c < 2 * n / 3 ? 1 : 2; // three vertical bands
            }
        }
        robot.interact(() -> surface.setSurface(n, -1, 1, -1, 1, values, DecisionSurfaceView.Mode.CLASS, 5));
        List<double[]> line = boundaryPixels(shoot(robot, surface));
        double side = Math.min(SIZE - 20, SIZE - 30 - 26);
        double left = (SIZE - side) / 2;
        // Two vertical lines: between columns 4|5 and 9|10 of 16.
        for (int edge : new int[] {5, 10}) {
            double x = left + edge * side / n;
            assertThat(line.stream().filter(q -> Math.abs(q[0] - x) < 2).count()).as("line at column " + edge)
                    .isGreaterThan((long) (side * 0.8));
        }
    }

    @Test
    void aSixtyFortyLeanAlreadyShowsItsClassTintNextToTheBoundary() {
        // Linear, p = 0.6 would sit a fifth of the way from white to the tint; stretched it is nearly halfway.
        assertThat(DecisionSurfaceView.stretch(0.6)).isGreaterThan(0.7);
        assertThat(DecisionSurfaceView.stretch(0.4)).isLessThan(0.3);
        assertThat(DecisionSurfaceView.stretch(0.5)).isEqualTo(0.5);
        assertThat(DecisionSurfaceView.stretch(0)).isEqualTo(0);
        assertThat(DecisionSurfaceView.stretch(1)).isEqualTo(1);
    }

    // ---- pixels ------------------------------------------------------------------------------------

    private static Image shoot(FxRobot robot, CanvasChart chart) {
        AtomicReference<Image> out = new AtomicReference<>();
        robot.interact(() -> {
            chart.getScene().getRoot().layout();
            chart.paintNow();
            out.set(chart.snapshot(null, null));
        });
        return out.get();
    }

    /** The smallest colour distance to {@code target} within {@code r} px of (x, y). */
    private static double nearest(Image shot, double x, double y, int r, Color target) {
        double best = 1;
        PixelReader pr = shot.getPixelReader();
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                best = Math.min(best, distance(pr.getColor((int) Math.round(x) + dx, (int) Math.round(y) + dy), target));
            }
        }
        return best;
    }

    /** Pixels inside the surface's square (its frame left out) as dark as the boundary line. */
    private static List<double[]> boundaryPixels(Image shot) {
        double side = Math.min(SIZE - 20, SIZE - 30 - 26);
        double left = (SIZE - side) / 2;
        PixelReader pr = shot.getPixelReader();
        List<double[]> out = new ArrayList<>();
        for (int y = 30 + 3; y < 30 + side - 3; y++) {
            for (int x = (int) left + 3; x < left + side - 3; x++) {
                if (distance(pr.getColor(x, y), DecisionSurfaceView.BOUNDARY) < 0.12) {
                    out.add(new double[] {x, y});
                }
            }
        }
        return out;
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()), Math.max(Math.abs(a.getGreen() - b.getGreen()),
                Math.abs(a.getBlue() - b.getBlue())));
    }
}
