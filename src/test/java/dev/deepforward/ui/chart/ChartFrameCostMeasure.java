package dev.deepforward.ui.chart;

import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Prints the FX-thread cost of repainting a 1000×600 chart with 8 series of 100,000 points and a 12-layer
 * gradient heatmap of 100,000 rows (decimation plus recording the draw commands; rasterizing happens later
 * on the render thread). A measurement, not a test: tagged {@code benchmark}, so {@code mvn verify} skips it.
 * Run it with {@code ./mvnw -q test -Dtest=ChartFrameCostMeasure -Dtest.excludedGroups=none}.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class ChartFrameCostMeasure {

    private LiveLineChart chart;
    private GradientHeatmap heatmap;

    @Start
    void start(Stage stage) {
        chart = new LiveLineChart("Loss of 8 variants");
        heatmap = new GradientHeatmap();
        ChartFrameCostTest.fill(chart, heatmap);
        stage.setScene(new Scene(new StackPane(chart), 1000, 600));
        stage.show();
    }

    @Test
    void printsWhatARepaintCostsOnTheFxThread(FxRobot robot) {
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
        System.out.printf("FRAME COST line chart 8×100k: median %.2f ms, p95 %.2f ms; heatmap 12 layers×100k: median %.2f ms, p95 %.2f ms (load %s)%n",
                lineNanos[30] / 1e6, lineNanos[56] / 1e6, heatNanos[30] / 1e6, heatNanos[56] / 1e6, load());
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
