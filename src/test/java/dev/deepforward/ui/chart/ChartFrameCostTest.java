package dev.deepforward.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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
 * The FX-thread cost of repainting a 1000×600 chart with 8 series of 100,000 points (decimation plus
 * recording the draw commands; rasterizing happens later on the render thread). Prints the figures; the
 * bound is loose so a busy build machine does not fail it, but a regression to per-point drawing would.
 */
@ExtendWith(ApplicationExtension.class)
class ChartFrameCostTest {

    private LiveLineChart chart;
    private GradientHeatmap heatmap;

    @Start
    void start(Stage stage) {
        chart = new LiveLineChart("Loss of 8 variants");
        heatmap = new GradientHeatmap();
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
        StackPane root = new StackPane(chart);
        stage.setScene(new Scene(root, 1000, 600));
        stage.show();
    }

    @Test
    void aRepaintOf8SeriesOf100kPointsFitsInAFrame(FxRobot robot) {
        long[] lineNanos = new long[60];
        robot.interact(() -> {
            for (int i = 0; i < lineNanos.length; i++) {
                chart.hoverAt(300 + i);
                chart.paintNow();
                lineNanos[i] = chart.lastPaintNanos();
            }
        });
        long[] heatNanos = new long[60];
        robot.interact(() -> {
            heatmap.resize(1000, 300);
            heatmap.layout();
            float[] one = new float[12];
            Arrays.fill(one, 1e-3f);
            for (int i = 0; i < heatNanos.length; i++) {
                heatmap.append(one);
                heatmap.paintNow();
                heatNanos[i] = heatmap.lastPaintNanos();
            }
        });
        Arrays.sort(lineNanos);
        Arrays.sort(heatNanos);
        double lineMedian = lineNanos[30] / 1e6;
        double lineP95 = lineNanos[56] / 1e6;
        System.out.printf("FRAME COST line chart 8×100k: median %.2f ms, p95 %.2f ms; heatmap 12 layers×100k: median %.2f ms, p95 %.2f ms%n",
                lineMedian, lineP95, heatNanos[30] / 1e6, heatNanos[56] / 1e6);
        assertThat(lineMedian).isLessThan(40);
        assertThat(heatNanos[30] / 1e6).isLessThan(20);
    }
}
