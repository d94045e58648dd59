package dev.deepforward.ui.export;

import dev.deepforward.spec.json.AtomicWrite;
import dev.deepforward.spec.json.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The recorded metrics as one CSV, in the column names of the headless {@code run} command's files, so
 * the same notebook reads both; {@code variant} names the variant of a side-by-side run (empty otherwise). Iteration rows and epoch rows are interleaved in iteration order and told
 * apart by {@code kind}; a cell that does not apply to a row (or was not measured) is empty. Names are written
 * through {@link CsvWriter}, as in the {@code run} command's files.
 */
public final class MetricsCsv {

    private MetricsCsv() {
    }

    public static String text(MetricsRecorder m) {
        int layers = m.layerNames().length;
        StringBuilder sb = new StringBuilder("variant,kind,iteration,epoch,loss,lr");
        for (int l = 1; l <= layers; l++) {
            sb.append(",grad_norm_").append(l);
        }
        sb.append(",train_loss,train_accuracy,val_loss,val_accuracy\n");
        for (MetricsTrack t : m.tracks()) {
            String variant = CsvWriter.cell(t.label());
            List<MetricsTrack.EpochRow> epochs = t.epochRows();
            int e = 0;
            for (int r = 0; r < t.rows(); r++) {
                sb.append(variant).append(",iteration,").append(t.iteration(r)).append(',').append(t.epoch(r))
                        .append(',').append(num(t.loss(r))).append(',').append(num(t.learningRate(r)));
                for (int l = 0; l < layers; l++) {
                    float g = t.gradientNorm(r, l);
                    sb.append(',').append(Float.isFinite(g) ? Float.toString(g) : "");
                }
                sb.append(",,,,\n");
                while (e < epochs.size() && epochs.get(e).iteration() <= t.iteration(r)) {
                    epochRow(sb, variant, epochs.get(e++), layers);
                }
            }
            while (e < epochs.size()) {
                epochRow(sb, variant, epochs.get(e++), layers);
            }
        }
        return sb.toString();
    }

    public static void write(Path file, MetricsRecorder m) throws IOException {
        AtomicWrite.text(file, text(m));
    }

    /** An epoch row: {@code epoch} is 1-based (the epoch that just ended), as in {@code epochs.csv}. */
    private static void epochRow(StringBuilder sb, String variant, MetricsTrack.EpochRow row, int layers) {
        sb.append(variant).append(",epoch,").append(row.iteration()).append(',').append(row.epoch()).append(",,");
        sb.append(",".repeat(layers));
        sb.append(',').append(num(row.trainLoss())).append(',').append(num(row.trainAccuracy())).append(',')
                .append(num(row.validationLoss())).append(',').append(num(row.validationAccuracy())).append('\n');
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
