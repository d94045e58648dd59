package dev.deepforward.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.views.LayerHealth;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dead-or-saturated-units chart is a share: its axis starts at 0 and never reads -1 … 1. */
@ExtendWith(ApplicationExtension.class)
class ShareAxesStartAtZeroTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void whenNoUnitIsDeadTheAxisRunsFromZeroToTenPercent(FxRobot robot) {
        LiveLineChart chart = new LayerHealth().chart();
        LiveLineChart.Axis a = chart.yAxis(0, 0, 5);
        assertThat(a.lo()).isEqualTo(0);
        assertThat(a.hi()).isEqualTo(10);
    }

    @Test
    void aSmallShareKeepsTheAxisFromZeroAndAWholeLayerDeadReachesAHundred(FxRobot robot) {
        LiveLineChart chart = new LayerHealth().chart();
        assertThat(chart.yAxis(6, 6, 5).lo()).isEqualTo(0);
        assertThat(chart.yAxis(6, 6, 5).hi()).isGreaterThanOrEqualTo(10);
        assertThat(chart.yAxis(0, 100, 5).lo()).isEqualTo(0);
        assertThat(chart.yAxis(0, 100, 5).hi()).isEqualTo(100);
    }

    @Test
    void theLearningRateAxisStillIncludesZeroAndAConstantRateIsNotPaddedBelowIt(FxRobot robot) {
        LiveLineChart lr = new LiveLineChart("Learning rate");
        lr.setYFromZero(true);
        LiveLineChart.Axis a = lr.yAxis(0.03, 0.03, 5);
        assertThat(a.lo()).isEqualTo(0);
        assertThat(a.hi()).isGreaterThanOrEqualTo(0.03);
    }
}
