package dev.deepforward.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Lesson 11 step 5: early stopping ends run B at iteration 210 while A trains on to 2000. Pointing at
 * iteration 457 the read-out says where B ended, not B's last value as if it were measured there.
 */
@ExtendWith(ApplicationExtension.class)
class HoverOverAnEndedRunTest {

    private final LiveLineChart accuracy = new LiveLineChart("Validation accuracy");

    @Start
    void start(Stage stage) {
        accuracy.setPrefSize(500, 300);
        accuracy.setXLabel("iteration");
        accuracy.setIntegerX(true);
        accuracy.addSeries("A: none", SeriesStyle.compare(0));
        accuracy.addSeries("B: early", SeriesStyle.compare(1));
        stage.setScene(new Scene(new StackPane(accuracy), 500, 300));
        stage.show();
    }

    @Test
    void pointingPastTheIterationWhereEarlyStoppingEndedARunSaysEndedAt210InsteadOfAValue(FxRobot robot) {
        robot.interact(() -> {
            for (int it = 30; it <= 2000; it += 30) {
                accuracy.append(0, it, 0.7 + it / 10000.0);
                if (it <= 210) {
                    accuracy.append(1, it, 0.763);
                }
            }
        });
        double[] p = accuracy.plotBounds();
        double[] x = accuracy.xRange();
        robot.interact(() -> {
            accuracy.hoverAt(p[0] + (457 - x[0]) / (x[1] - x[0]) * p[2]);
            accuracy.paintNow();
        });
        assertThat(accuracy.hoverLines()).anyMatch(l -> l.startsWith("A: none: 0.7"));
        assertThat(accuracy.hoverLines()).contains("B: early: ended at 210");
        assertThat(String.join(" ", accuracy.hoverLines())).doesNotContain("0.763");
        // over its own iterations B reads its value as before
        robot.interact(() -> {
            accuracy.hoverAt(p[0] + (180 - x[0]) / (x[1] - x[0]) * p[2]);
            accuracy.paintNow();
        });
        assertThat(accuracy.hoverLines()).contains("B: early: 0.763");
    }
}
