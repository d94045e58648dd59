package dev.deepforward.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.Waits;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A comparison of two ten-layer networks in presenter mode's large type (lecture demo 3, sigmoid vs relu):
 * every variant's Latest bars name every layer and give its number, the Lines key names every layer readably,
 * and the Heatmap | Lines choice is one for all variants.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterComparisonGradientsTest {

    private static final String[] LAYERS = {"layer 1", "layer 2", "layer 3", "layer 4", "layer 5", "layer 6",
        "layer 7", "layer 8", "layer 9", "layer 10", "output"};
    private TrainingCharts charts;

    @Start
    void start(Stage stage) {
        charts = new TrainingCharts();
        // the gradient Lines chart as wide as in presenter mode at 1280x800 beside the lesson (about 495 px)
        stage.setScene(new Scene(charts, 1000, 640));
        stage.setWidth(1000); // the stage is shared with the tests run before: its size, too
        stage.setHeight(640);
        stage.show();
    }

    @Test
    void inPresenterModeEachVariantsBarsCarryEveryLayersNumberAndTheLinesKeyNamesEveryLayer(FxRobot robot)
            throws Exception {
        robot.interact(() -> {
            charts.setDrawScale(1.5);
            charts.setGradientsFirst(true); // as on a lesson step about the gradients
            charts.reset(new RunLayout(LAYERS, List.of("A: sigmoid", "B: relu"), "A: sigmoid · B: relu"));
            float[] norms = new float[LAYERS.length];
            for (int t = 1; t <= 200; t++) {
                for (int l = 0; l < norms.length; l++) {
                    norms[l] = (float) Math.pow(10, -20 + 2 * l);
                }
                charts.iteration(0, t, 0, 0.7, 0.01, norms);
                charts.iteration(1, t, 0, 0.5, 0.01, norms);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (GradientPanel p : charts.gradientPanels()) {
            Waits.within(Waits.HANG, () -> p.bars().everyRowLabelled());
        }
        robot.clickOn("#gradient-view-0-1"); // A's "Lines": B follows
        WaitForAsyncUtils.waitForFxEvents();
        List<String> expected = List.of("L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10", "out");
        List<String> shortest = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "out");
        for (GradientPanel p : charts.gradientPanels()) {
            assertThat(p.overTime().selectedProperty().get()).as(p.label() + " shows lines too").isEqualTo(1);
            // whole names, or the short ones: never cut to "l…" (once the charts have settled at their width)
            try {
                Waits.within(Waits.HANG, () -> List.of(List.of(LAYERS), expected, shortest).contains(p.lines().chart().legendShown()));
            } catch (Exception e) {
                assertThat(p.lines().chart().legendShown()).as(p.label() + " at width " + p.lines().chart().getWidth())
                        .isIn(List.of(LAYERS), expected, shortest);
            }
        }
        robot.interact(() -> charts.gradientViewProperty().set(0));
        for (GradientPanel p : charts.gradientPanels()) {
            assertThat(p.overTime().selectedProperty().get()).isZero();
        }
    }
}
