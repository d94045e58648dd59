package dev.deepforward.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.CutLabels;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Log axes thin their labels, legends sit above the plot, cut titles and labels have their whole text in a tooltip. */
@ExtendWith(ApplicationExtension.class)
class ChartReadabilityTest {

    private LiveLineChart chart;
    private Label label;
    private VBox root;

    @Start
    void start(Stage stage) {
        chart = new LiveLineChart("Gradient norm per layer over time, every layer");
        label = new Label("Development set accuracy after the last epoch");
        chart.setMinSize(420, 200);
        chart.setPrefSize(420, 200);
        chart.setMaxSize(420, 200);
        label.setMaxWidth(90);
        root = new VBox(chart, label);
        stage.setScene(new Scene(root, 600, 300));
        stage.show();
    }

    @Test
    void aLogAxisOverSixteenDecadesKeepsItsLabelsAtLeast18PxApart(FxRobot robot) {
        robot.interact(() -> {
            chart.addSeries("norm", SeriesStyle.variant(0));
            chart.setLogY(true);
            for (int i = 0; i <= 100; i++) {
                chart.append(0, i, Math.pow(10, -12 + 16.0 * i / 100));
            }
            root.layout();
            chart.paintNow();
        });
        double plotHeight = chart.plotBounds()[3];
        assertThat(chart.yTickLabels()).hasSizeGreaterThanOrEqualTo(2);
        assertThat((chart.yTickLabels().size() - 1) * 18.0).as("labels " + chart.yTickLabels()).isLessThanOrEqualTo(plotHeight);
    }

    @Test
    void thinningKeepsDecadesThenEveryFewDecades() {
        double[] ticks = new double[17];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = Math.pow(10, -12 + i);
        }
        assertThat(LiveLineChart.thinLogTicks(ticks, 400, 18)).hasSize(17);
        double[] thin = LiveLineChart.thinLogTicks(ticks, 100, 18);
        assertThat(thin.length).isLessThanOrEqualTo(100 / 18 + 1);
        assertThat(thin).contains(1e-12, 1e-6, 1.0); // every third decade, from the same origin (10^0)
    }

    @Test
    void theLegendIsARowAboveThePlotNotABoxOnTheLines(FxRobot robot) {
        robot.interact(() -> {
            chart.addSeries("training", SeriesStyle.compare(0));
            chart.addSeries("validation", SeriesStyle.compare(1));
            for (int i = 0; i < 50; i++) {
                chart.append(0, i, 1.0 / (i + 1));
                chart.append(1, i, 1.2 / (i + 1));
            }
            root.layout();
            chart.paintNow();
        });
        assertThat(chart.legendInHeader()).isTrue();
        // The title row ends at 30 px; the legend row takes the next 17; the plot starts below both.
        assertThat(chart.plotBounds()[1]).isGreaterThanOrEqualTo(30 + 17);
    }

    @Test
    void aCutTitleAndACutLabelShowTheirWholeTextInATooltip(FxRobot robot) {
        robot.interact(() -> {
            chart.setMinSize(160, 200);
            chart.setPrefSize(160, 200);
            chart.setMaxSize(160, 200);
            root.layout();
            chart.paintNow();
            CutLabels.update(root);
        });
        assertThat(chart.titleTooltip()).isEqualTo("Gradient norm per layer over time, every layer");
        assertThat(label.getTooltip()).isNotNull();
        assertThat(label.getTooltip().getText()).isEqualTo("Development set accuracy after the last epoch");
        robot.interact(() -> {
            label.setMaxWidth(Double.MAX_VALUE);
            chart.setMaxSize(600, 200);
            chart.setPrefSize(600, 200);
            root.layout();
            chart.paintNow();
            CutLabels.update(root);
        });
        assertThat(label.getTooltip()).as("fits again: no tooltip").isNull();
        assertThat(chart.titleTooltip()).isNull();
    }

    private void logChartOver(double lo, double hi) {
        chart.addSeries("batch loss", SeriesStyle.variant(0));
        chart.setLogY(true);
        for (int i = 0; i <= 100; i++) {
            chart.append(0, i, lo * Math.pow(hi / lo, i / 100.0));
        }
        root.layout();
        chart.paintNow();
    }

    @Test
    void aLogChartOverLessThanADecadeShowsAtLeastTwoYLabels(FxRobot robot) {
        robot.interact(() -> logChartOver(0.3, 0.9));
        assertThat(chart.yTickLabels()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aLogChartOfADivergedRunFrom1eMinus3To1e30ShowsAtLeastTwoYLabels(FxRobot robot) {
        robot.interact(() -> logChartOver(1e-3, 1e30));
        assertThat(chart.yTickLabels()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aShortLogChartOverLessThanADecadeStillShowsTwoYLabels(FxRobot robot) {
        robot.interact(() -> {
            chart.setMinSize(300, 110);
            chart.setPrefSize(300, 110);
            chart.setMaxSize(300, 110);
            logChartOver(0.3, 0.9);
        });
        assertThat(chart.yTickLabels()).hasSizeGreaterThanOrEqualTo(2);
    }

    private void threeVariants(double w, double h) {
        chart.setMinSize(w, h);
        chart.setPrefSize(w, h);
        chart.setMaxSize(w, h);
        chart.setXLabel("iteration");
        String[] names = {"A: no hidden layer", "B: 1 sigmoid layer", "C: 1 ReLU layer"};
        for (int k = 0; k < names.length; k++) {
            chart.addSeries(names[k], SeriesStyle.compare(k));
            for (int i = 0; i < 50; i++) {
                chart.append(k, i, (k + 1.0) / (i + 1));
            }
        }
        root.layout();
        chart.paintNow();
    }

    @Test
    void aNarrowCompareChartNamesEveryVariantInItsLegend(FxRobot robot) {
        robot.interact(() -> threeVariants(300, 150));
        assertThat(chart.legendShown()).as("every variant has an entry").hasSize(3);
        assertThat(chart.legendShown()).allSatisfy(n -> assertThat(n).hasSizeGreaterThanOrEqualTo(2));
        assertThat(chart.legendShown().get(1)).startsWith("B");
        for (int k = 0; k < 3; k++) {
            String full = chart.legendNames().get(k);
            String shown = chart.legendShown().get(k);
            assertThat(shown.equals(full) || full.startsWith(shown.replace("…", ""))).as(shown + " is " + full + " or its start").isTrue();
        }
        if (!chart.legendShown().equals(chart.legendNames())) {
            assertThat(chart.titleTooltip()).as("cut names are named whole in the tooltip")
                    .contains("A: no hidden layer", "B: 1 sigmoid layer", "C: 1 ReLU layer");
        }
    }

    @Test
    void aVeryNarrowCompareChartCutsNamesButKeepsEveryVariantWithATooltip(FxRobot robot) {
        robot.interact(() -> threeVariants(200, 130));
        assertThat(chart.legendShown()).hasSize(3);
        assertThat(chart.legendShown().get(0)).startsWith("A");
        assertThat(chart.legendShown().get(1)).startsWith("B");
        assertThat(chart.legendShown().get(2)).startsWith("C");
        assertThat(chart.titleTooltip()).contains("A: no hidden layer", "B: 1 sigmoid layer", "C: 1 ReLU layer");
    }

    @Test
    void aSmallSingleRunChartNamesBothCurvesBesideTheirLineSamples(FxRobot robot) {
        robot.interact(() -> {
            chart.setMinSize(300, 150);
            chart.setPrefSize(300, 150);
            chart.setMaxSize(300, 150);
            chart.setXLabel("iteration");
            chart.addSeries("batch accuracy", SeriesStyle.compare(0));
            chart.addSeries("validation accuracy", SeriesStyle.compare(1));
            for (int i = 0; i < 50; i++) {
                chart.append(0, i, 0.5 + i / 100.0);
                chart.append(1, i, 0.5 + i / 110.0);
            }
            root.layout();
            chart.paintNow();
        });
        assertThat(chart.legendShown()).containsExactly("batch accuracy", "validation accuracy");
    }
}
