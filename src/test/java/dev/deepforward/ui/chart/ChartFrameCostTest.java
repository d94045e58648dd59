package dev.deepforward.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A repaint of a 1000×600 chart with 8 series of 100,000 points draws a min/max decimation of about one
 * point per pixel column, so its cost follows the chart's width, not the length of the run. What a repaint
 * costs in milliseconds is measured, not asserted: {@link ChartFrameCostMeasure} prints it (no timing in
 * {@code mvn verify}: a busy machine must not fail a correct program).
 */
@ExtendWith(ApplicationExtension.class)
class ChartFrameCostTest {

    private LiveLineChart chart;

    @Start
    void start(Stage stage) {
        chart = new LiveLineChart("Loss of 8 variants");
        fill(chart, new GradientHeatmap());
        stage.setScene(new Scene(new StackPane(chart), 1000, 600));
        stage.show();
        // The shared test stage may keep an earlier test's size: take the scene's.
        stage.sizeToScene();
    }

    @Test
    void aRepaintOf8SeriesOf100kPointsDrawsAboutOnePointPerPixelColumnOfEachSeries(FxRobot robot) {
        int[] drawn = new int[1];
        double[] plotWidth = new double[1];
        robot.interact(() -> {
            chart.paintNow();
            drawn[0] = chart.drawnColumns();
            plotWidth[0] = chart.plotBounds()[2];
        });
        // 8 series, one point per pixel column of the plot (whatever size an earlier test left the window):
        // a regression to per-point drawing would give 800,000.
        int columns = (int) Math.round(plotWidth[0]);
        assertThat(drawn[0]).as("plot " + columns + " px wide").isBetween(8 * 100, 8 * (columns + 2));
    }

    /** 8 noisy loss curves of 100,000 points on a log axis, and 100,000 rows of 12 layers' gradient norms. */
    static void fill(LiveLineChart chart, GradientHeatmap heatmap) {
        Random r = new Random(3);
        for (int s = 0; s < 8; s++) {
            int k = chart.addSeries("variant " + (s + 1), SeriesStyle.variant(s));
            double y = 1;
            for (int i = 0; i < 100_000; i++) {
                y = Math.max(1e-3, y * (1 - 2e-5) + r.nextGaussian() * 0.01);
                chart.append(k, i, y * (1 + 0.1 * s));
            }
        }
        chart.setLogY(true);
        String[] names = new String[12];
        for (int i = 0; i < names.length; i++) {
            names[i] = "layer " + (i + 1);
        }
        heatmap.setLayers(names);
        float[] norms = new float[names.length];
        for (int i = 0; i < 100_000; i++) {
            for (int l = 0; l < norms.length; l++) {
                norms[l] = (float) Math.pow(10, -8 + l * 0.7 + r.nextGaussian() * 0.2);
            }
            heatmap.append(norms);
        }
    }
}
