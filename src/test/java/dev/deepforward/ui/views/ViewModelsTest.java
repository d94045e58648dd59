package dev.deepforward.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.engine.run.TestPredictions;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The prediction grid and confusion matrix as data, without a window. */
class ViewModelsTest {

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @Test
    void thePredictionGridMarksMistakesWithTrueAndPredictedLabels() {
        TestPredictions p = new TestPredictions("", 120, 2, 2, new float[4 * 3], new int[] {7, 1, 3},
                new int[] {7, 8, 3}, new float[] {0.9f, 0.6f, 0.8f}, DIGITS);
        PredictionGridModel m = PredictionGridModel.of(p);
        assertThat(m.cells()).hasSize(3);
        assertThat(m.cells().get(0).mistake()).isFalse();
        assertThat(m.cells().get(0).caption()).isEqualTo("7");
        assertThat(m.cells().get(1).mistake()).isTrue();
        assertThat(m.cells().get(1).caption()).isEqualTo("1→8");
        assertThat(m.mistakes()).isEqualTo(1);
        assertThat(m.summary()).isEqualTo("2 of 3 right");
        assertThat(m.iteration()).isEqualTo(120);
    }

    @Test
    void theConfusionModelKeepsCountsSharesAndAccuracy() {
        int[][] counts = {{8, 2, 0}, {1, 9, 0}, {0, 0, 0}};
        ConfusionModel m = new ConfusionModel(counts, List.of("setosa", "versicolor", "virginica"), 4);
        counts[0][0] = 99; // a copy: later changes to the event's array do not leak in
        assertThat(m.size()).isEqualTo(3);
        assertThat(m.count(0, 0)).isEqualTo(8);
        assertThat(m.text(0, 1)).isEqualTo("2");
        assertThat(m.share(0, 1)).isEqualTo(0.2);
        assertThat(m.share(2, 2)).isZero(); // an empty row has no shares, not NaN
        assertThat(m.total()).isEqualTo(20);
        assertThat(m.accuracy()).isEqualTo(17 / 20.0);
        assertThat(m.name(1)).isEqualTo("versicolor");
        assertThat(new ConfusionModel(counts, List.of(), 1).name(2)).isEqualTo("2");
    }

    @Test
    void cellTextIsBlackOnYellowAndWhiteOnPurple() {
        assertThat(ConfusionMatrixView.textOn(Color.web("#FDE725"))).isEqualTo(Color.BLACK);
        assertThat(ConfusionMatrixView.textOn(Color.web("#440154"))).isEqualTo(Color.WHITE);
    }

    @Test
    void requestsWaitForNewIterationsAndTheInterval() {
        RequestClock c = new RequestClock(100);
        assertThat(c.due(1000, 0)).isTrue();
        assertThat(c.due(1050, 5)).isFalse(); // too soon
        assertThat(c.due(1200, 0)).isFalse(); // nothing new since
        assertThat(c.due(1200, 5)).isTrue();
        c.reset();
        assertThat(c.due(1201, 5)).isTrue();
    }
}
