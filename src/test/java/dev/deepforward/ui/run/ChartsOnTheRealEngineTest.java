package dev.deepforward.ui.run;

import static dev.deepforward.ui.chart.Straightness.maxDistanceFromFittedLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.ui.RealWindowTest;
import dev.deepforward.ui.chart.DecisionSurfaceView;
import dev.deepforward.ui.chart.LiveLineChart;
import dev.deepforward.ui.chart.TrainingCharts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The charts a student reads against a lesson's text, on the real engine: the primer's first step after one
 * Step, and a linear network's decision boundary.
 */
class ChartsOnTheRealEngineTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void afterOneStepOfThePrimerTheLossChartShowsTheBatchLossTheTextNamesAndNoAccuracy(FxRobot robot)
            throws Exception {
        Lesson primer = LessonLoader.load(Path.of("lessons/02b-forward-and-backward-pass.json"), null).value();
        RunSpec spec = primer.runs().get(0).spec();
        assertThat(primer.steps().get(0).text()).contains("grey dot of the **batch loss** at iteration 1");
        robot.interact(() -> window.document().replace(spec, "Primer step 1"));
        EngineRunController engine = (EngineRunController) window.runController();
        within(15, () -> engine.currentRun() != null);
        robot.clickOn("#step-button");
        within(10, () -> engine.status().iterationProperty().get() == 1);
        TrainingCharts charts = window.charts();
        LiveLineChart loss = charts.lossChart();
        within(10, () -> loss.series(1).data().size() == 1);
        // The text's number is the batch loss at iteration 1, drawn (as a dot) and read out on hover.
        assertThat(loss.series(0).name()).isEqualTo("batch loss");
        assertThat(loss.series(0).data().y(0)).isBetween(0.2738, 0.2748);
        AtomicReference<List<String>> read = new AtomicReference<>();
        robot.interact(() -> {
            double[] p = loss.plotBounds();
            loss.hoverAt(p[0] + p[2] / 2);
            loss.paintNow();
            read.set(loss.hoverLines());
        });
        assertThat(read.get()).containsExactly("iteration 1", "batch loss: 0.274", "train loss: 0.12");
        // A regression: no accuracy to draw, and the surface is the predicted value.
        assertThat(charts.accuracyChart().notApplicable()).startsWith("Regression: no classes");
        assertThat(charts.surface().title()).isEqualTo("Predicted value");
    }

    @Test
    void aTrainedLinearNetworksBoundaryIsAStraightDarkLineOnTheSurface(FxRobot robot) throws Exception {
        RunSpec base = RunSpec.defaults();
        RunSpec spec = base.withData(base.data().withDataset("gaussians"))
                .withNetwork(base.network().withHidden(List.of()))
                .withTraining(base.training().withIterations(300));
        robot.interact(() -> window.document().replace(spec, "Linear on two Gaussians"));
        EngineRunController engine = (EngineRunController) window.runController();
        within(15, () -> engine.currentRun() != null);
        robot.interact(() -> engine.setSpeed(EngineRunController.FULL_SPEED));
        robot.clickOn("#play-button");
        within(60, () -> engine.status().phaseProperty().get() == RunPhase.FINISHED);
        DecisionSurfaceView surface = window.charts().surface();
        within(15, () -> surface.surfaceIteration() == 300);
        AtomicReference<Image> shot = new AtomicReference<>();
        robot.interact(() -> {
            surface.paintNow();
            shot.set(surface.snapshot(null, null));
        });
        assertThat(surface.boundarySegments()).isNotEmpty();
        // The line's pixels: near-black, inside the square (the frame and the points' dark outlines left out
        // by taking, per row, only a run of dark pixels close to the segments the view drew).
        List<double[]> segments = surface.boundarySegments();
        List<double[]> dark = new ArrayList<>();
        PixelReader pr = shot.get().getPixelReader();
        for (int y = 0; y < (int) shot.get().getHeight(); y++) {
            for (int x = 0; x < (int) shot.get().getWidth(); x++) {
                Color c = pr.getColor(x, y);
                if (distance(c, DecisionSurfaceView.BOUNDARY) < 0.1 && nearSegment(segments, x + 0.5, y + 0.5, 2)) {
                    dark.add(new double[] {x, y});
                }
            }
        }
        assertThat(dark.size()).as("dark boundary pixels").isGreaterThan((int) (surface.surfaceSide() * 0.5));
        // The segments the view drew lie on one straight line (a linear model's boundary).
        assertThat(maxDistanceFromFittedLine(endpoints(segments))).isLessThan(1.0);
        assertThat(maxDistanceFromFittedLine(dark)).isLessThan(2.5);
    }

    private static List<double[]> endpoints(List<double[]> segments) {
        List<double[]> out = new ArrayList<>();
        for (double[] s : segments) {
            out.add(new double[] {s[0], s[1]});
            out.add(new double[] {s[2], s[3]});
        }
        return out;
    }

    private static boolean nearSegment(List<double[]> segments, double x, double y, double r) {
        for (double[] s : segments) {
            double dx = s[2] - s[0];
            double dy = s[3] - s[1];
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - s[0]) * dx + (y - s[1]) * dy) / len2));
            double ex = s[0] + t * dx - x;
            double ey = s[1] + t * dy - y;
            if (ex * ex + ey * ey <= r * r) {
                return true;
            }
        }
        return false;
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()), Math.max(Math.abs(a.getGreen() - b.getGreen()),
                Math.abs(a.getBlue() - b.getBlue())));
    }
}
