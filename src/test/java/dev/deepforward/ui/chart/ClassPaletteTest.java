package dev.deepforward.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.data.Dataset;
import dev.deepforward.ui.data.ScatterPreview;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The data preview and the decision surface draw class k in the one colour {@link ClassStyles} gives it. */
@ExtendWith(ApplicationExtension.class)
class ClassPaletteTest {

    private final ScatterPreview preview = new ScatterPreview();
    private final DecisionSurfaceView surface = new DecisionSurfaceView();

    @Start
    void start(Stage stage) {
        preview.setMinSize(300, 300);
        preview.setPrefSize(300, 300);
        preview.setMaxSize(300, 300); // the stage may keep a larger size from an earlier test
        surface.setMaxSize(300, 300);
        surface.setMinSize(300, 300);
        surface.setPrefSize(300, 300);
        stage.setScene(new Scene(new HBox(preview, surface), 600, 300));
        stage.show();
    }

    @Test
    void thePreviewAndTheSurfaceDrawAPointOfClassKInTheSameColour(FxRobot robot) throws Exception {
        for (int k = 0; k < 4; k++) {
            int cls = k;
            List<String> names = new ArrayList<>();
            for (int c = 0; c <= cls; c++) {
                names.add("class " + c);
            }
            Dataset d = Dataset.classification("one class", 2, new float[] {0, 0, 0.5f, 0.5f, 1, 1},
                    new int[] {cls, cls, cls}, names);
            robot.interact(() -> {
                preview.setData(d);
                surface.setPoints(new double[] {0}, new double[] {0}, new int[] {cls}, null);
            });
            Color expected = ClassStyles.colour(cls);
            // The preview's plot: 6 px padding, a 16 px legend row under it; (0.5, 0.5) is its middle.
            double ph = 300 - 12 - 16;
            // The first paint after the data arrives can come a pulse late on a busy machine: wait for it (bounded).
            dev.deepforward.Waits.within(10, () -> distance(pixel(robot, preview, 6 + 0.5 * (300 - 12), 6 + 0.5 * ph,
                    expected), expected) < 0.12);
            Color inPreview = pixel(robot, preview, 6 + 0.5 * (300 - 12), 6 + 0.5 * ph, expected);
            // The surface's square plot under its 30 px title: (0, 0) is its middle.
            double side = Math.min(300 - 20, 300 - 30 - 26);
            Color onSurface = pixel(robot, surface, 150, 30 + side / 2, expected);
            assertThat(distance(inPreview, expected)).as("preview, class " + cls + ": " + inPreview).isLessThan(0.12);
            assertThat(distance(onSurface, expected)).as("surface, class " + cls + ": " + onSurface).isLessThan(0.12);
            assertThat(DecisionSurfaceView.pointColour(cls)).isEqualTo(expected);
        }
    }

    @Test
    void anAreaPredictedAsClassKIsPaintedInThePaleTintOfClassKsColour(FxRobot robot) {
        for (int k = 0; k < 3; k++) {
            float[] values = new float[8 * 8];
            java.util.Arrays.fill(values, k);
            robot.interact(() -> {
                surface.setPoints(new double[0], new double[0], new int[0], null);
                surface.setSurface(8, -1, 1, -1, 1, values, DecisionSurfaceView.Mode.CLASS, 5);
            });
            double side = Math.min(300 - 20, 300 - 30 - 26);
            Color area = pixel(robot, surface, 150, 30 + side / 2, ClassStyles.tint(k));
            assertThat(distance(area, ClassStyles.tint(k))).as("class " + k + ": " + area).isLessThan(0.05);
        }
        // Two classes: a confident class-0 area is class 0's tint, a confident class-1 area class 1's.
        for (int k = 0; k < 2; k++) {
            float[] values = new float[8 * 8];
            java.util.Arrays.fill(values, k);
            robot.interact(() -> surface.setSurface(8, -1, 1, -1, 1, values, DecisionSurfaceView.Mode.PROBABILITY, 5));
            double side = Math.min(300 - 20, 300 - 30 - 26);
            Color area = pixel(robot, surface, 150, 30 + side / 2, ClassStyles.tint(k));
            assertThat(distance(area, ClassStyles.tint(k))).as("probability " + k + ": " + area).isLessThan(0.05);
        }
    }

    private static Color pixel(FxRobot robot, CanvasChart chart, double x, double y, Color target) {
        AtomicReference<Color> out = new AtomicReference<>();
        robot.interact(() -> {
            chart.getScene().getRoot().layout();
            chart.paintNow();
            Image shot = chart.snapshot(null, null);
            // The pixel nearest in colour to the class's within 3 px: the marker's centre, wherever it rounded to.
            Color best = null;
            for (int dy = -3; dy <= 3; dy++) {
                for (int dx = -3; dx <= 3; dx++) {
                    Color c = shot.getPixelReader().getColor((int) Math.round(x) + dx, (int) Math.round(y) + dy);
                    if (best == null || distance(c, target) < distance(best, target)) {
                        best = c;
                    }
                }
            }
            out.set(best);
        });
        return out.get();
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()), Math.max(Math.abs(a.getGreen() - b.getGreen()),
                Math.abs(a.getBlue() - b.getBlue())));
    }
}
