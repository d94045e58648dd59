package dev.deepforward.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.ui.chart.RunLayout;
import org.junit.jupiter.api.Test;

class MetricsCsvTest {

    @Test
    void iterationAndEpochRowsInterleaveUnderOneHeader() {
        MetricsRecorder m = new MetricsRecorder();
        m.reset(RunLayout.single(new String[] {"layer 1", "output"}));
        m.iteration(0, 1, 0, 0.7, 0.01, new float[] {0.5f, 0.25f});
        m.iteration(0, 2, 0, Double.NaN, 0.01, new float[] {0.4f, 0.2f});
        m.epoch(0, 1, 2, 0.6, 0.65, 0.7, 0.68);
        m.iteration(0, 3, 1, 0.5, 0.01, new float[] {0.3f, 0.1f});
        String[] lines = MetricsCsv.text(m).split("\n");
        assertThat(lines).containsExactly(
                "variant,kind,iteration,epoch,loss,lr,grad_norm_1,grad_norm_2,train_loss,train_accuracy,val_loss,val_accuracy",
                ",iteration,1,0,0.7,0.01,0.5,0.25,,,,",
                ",iteration,2,0,,0.01,0.4,0.2,,,,",
                ",epoch,2,1,,,,,0.6,0.7,0.65,0.68",
                ",iteration,3,1,0.5,0.01,0.3,0.1,,,,");
        for (String l : lines) {
            assertThat(l.split(",", -1)).hasSize(12);
        }
    }

    @Test
    void variantLabelsGoThroughTheSharedCsvWriterSoAFormulaStaysText() {
        MetricsRecorder m = new MetricsRecorder();
        m.reset(new RunLayout(new String[] {"output"}, java.util.List.of("=1+2", "a, b"), ""));
        m.iteration(0, 1, 0, 0.7, 0.01, new float[] {0.5f});
        m.iteration(1, 1, 0, 0.6, 0.01, new float[] {0.4f});
        String[] lines = MetricsCsv.text(m).split("\n");
        assertThat(lines[1]).startsWith("'=1+2,iteration,1,");
        assertThat(lines[2]).startsWith("\"a, b\",iteration,1,");
    }

    @Test
    void aVeryLongRunIsThinnedNotUnbounded() {
        MetricsRecorder m = new MetricsRecorder();
        m.reset(RunLayout.single(new String[] {"output"}));
        float[] g = {1f};
        for (long i = 1; i <= MetricsRecorder.MAX_ROWS * 3L; i++) {
            m.iteration(0, i, 0, 1.0 / i, 0.1, g);
        }
        MetricsTrack t = m.first();
        assertThat(t.rows()).isLessThanOrEqualTo(MetricsRecorder.MAX_ROWS);
        assertThat(t.iteration(0)).isEqualTo(1);
        assertThat(t.iteration(t.rows() - 1)).isGreaterThan(MetricsRecorder.MAX_ROWS * 3L - 10);
        for (int r = 1; r < t.rows(); r++) {
            assertThat(t.iteration(r)).isGreaterThan(t.iteration(r - 1));
        }
    }

    @Test
    void aRunOfVeryManyShortEpochsKeepsABoundedSpreadOfThem() {
        MetricsRecorder m = new MetricsRecorder();
        m.reset(RunLayout.single(new String[] {"output"}));
        int epochs = MetricsTrack.MAX_EPOCH_ROWS * 5;
        for (int e = 1; e <= epochs; e++) {
            m.epoch(0, e, 19L * e, 1.0 / e, 1.1 / e, 0.9, 0.88);
        }
        var rows = m.first().epochRows();
        assertThat(rows.size()).isLessThanOrEqualTo(MetricsTrack.MAX_EPOCH_ROWS);
        assertThat(rows.get(0).epoch()).isEqualTo(1);
        assertThat(rows.get(rows.size() - 1).epoch()).isGreaterThan(epochs - 10);
        for (int r = 1; r < rows.size(); r++) {
            assertThat(rows.get(r).epoch()).isGreaterThan(rows.get(r - 1).epoch());
        }
        // evenly spread: no stretch of the run lost
        assertThat(rows.get(rows.size() / 2).epoch()).isBetween(epochs / 2 - 10, epochs / 2 + 10);
    }

    @Test
    void eachVariantOfAComparisonHasItsOwnRows() {
        MetricsRecorder m = new MetricsRecorder();
        m.reset(new RunLayout(new String[] {"output"}, java.util.List.of("A: sigmoid", "B: ReLU"), "caption"));
        m.iteration(0, 1, 0, 0.9, 0.01, new float[] {0.1f});
        m.iteration(1, 1, 0, 0.5, 0.01, new float[] {0.2f});
        String[] lines = MetricsCsv.text(m).split("\n");
        assertThat(lines).containsExactly(
                "variant,kind,iteration,epoch,loss,lr,grad_norm_1,train_loss,train_accuracy,val_loss,val_accuracy",
                "A: sigmoid,iteration,1,0,0.9,0.01,0.1,,,,",
                "B: ReLU,iteration,1,0,0.5,0.01,0.2,,,,");
    }
}
