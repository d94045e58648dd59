package dev.deepforward.ui.run;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import dev.deepforward.ui.RealWindowTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.ScheduleKind;
import dev.deepforward.spec.ScheduleSpec;
import dev.deepforward.ui.chart.DecisionSurfaceView;
import dev.deepforward.ui.chart.SeriesBuffer;
import dev.deepforward.ui.chart.TrainingCharts;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The learning-rate chart, gradient lines and test points fed by the real engine and the surface feed. */
class ChartViewsWiringTest extends RealWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aStepScheduleShowsItsStepInTheLearningRateChart(FxRobot robot) throws Exception {
        RunSpec base = RunSpec.defaults();
        double eta = base.training().learningRate();
        RunSpec stepped = base.withTraining(base.training()
                .withSchedule(new ScheduleSpec(ScheduleKind.STEP, 0.5, 40, 0, 0.0)));
        robot.interact(() -> window.document().replace(stepped, "Step schedule"));
        EngineRunController engine = (EngineRunController) window.runController();
        within(15, () -> engine.currentRun() != null);
        robot.clickOn("#play-button");
        TrainingCharts charts = window.charts();
        within(15, () -> charts.learningRateChart().series(0).data().size() > 0
                && charts.learningRateChart().series(0).data().x(charts.learningRateChart().series(0).data().size() - 1) > 90);
        robot.clickOn("#play-button");

        SeriesBuffer lr = charts.learningRateChart().series(0).data();
        assertThat(lr.y(0)).isCloseTo(eta, org.assertj.core.data.Offset.offset(eta * 1e-6));
        int at = lr.nearest(60);
        assertThat(lr.y(at)).isCloseTo(eta * 0.5, org.assertj.core.data.Offset.offset(eta * 1e-6));
        // The gradient lines get one series per layer, named as the heatmap's rows, fed every step.
        assertThat(charts.gradientLines().chart().legendNames()).containsExactly(charts.gradientLines().layerNames());
        assertThat(charts.gradientLines().chart().seriesCount()).isEqualTo(LayerNames.of(stepped.network()).length);
        assertThat(charts.gradientLines().chart().series(0).data().size()).isGreaterThan(90);
    }

    @Test
    void theSpiralsTestPointsReachTheSurfaceAndTheToggleShowsThem(FxRobot robot) throws Exception {
        TrainingCharts charts = window.charts();
        within(15, () -> charts.isSurfaceShown() && charts.surface().pointCount() > 0);
        DecisionSurfaceView s = charts.surface();
        assertThat(s.testPointCount()).isGreaterThan(0);
        robot.interact(s::paintNow);
        assertThat(s.drawnTestPoints()).isZero();
        robot.clickOn("#show-test-points");
        robot.interact(s::paintNow);
        assertThat(s.drawnTestPoints()).isEqualTo(s.testPointCount());
    }
}
