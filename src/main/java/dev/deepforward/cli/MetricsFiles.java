package dev.deepforward.cli;

import dev.deepforward.spec.json.AtomicWrite;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.deepforward.engine.run.Divergence;
import dev.deepforward.engine.run.EpochMetrics;
import dev.deepforward.engine.run.IterationMetrics;
import dev.deepforward.engine.run.RunEvent;
import dev.deepforward.engine.run.RunState;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.SpecTree;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files of a headless run: {@code metrics.csv} (one row per iteration), {@code epochs.csv} (one row per
 * epoch) and {@code summary.json}. The CSV files stream as the run goes; the summary is written last,
 * atomically, so a reader never sees half of it.
 */
final class MetricsFiles implements AutoCloseable {

    private final Path dir;
    private final int layers;
    private final BufferedWriter metrics;
    private final BufferedWriter epochs;

    /** {@code specs}: the spec of every variant, to size the per-layer columns. */
    MetricsFiles(Path dir, List<RunSpec> specs) throws IOException {
        this.dir = dir;
        this.layers = specs.stream().mapToInt(s -> s.network().hidden().size() + 1).max().orElse(1);
        metrics = Files.newBufferedWriter(dir.resolve("metrics.csv"));
        epochs = Files.newBufferedWriter(dir.resolve("epochs.csv"));
        StringBuilder header = new StringBuilder("variant,iteration,epoch,loss,lr");
        for (int l = 1; l <= layers; l++) {
            header.append(",grad_norm_").append(l);
        }
        metrics.write(header.append('\n').toString());
        epochs.write("variant,epoch,iteration,train_loss,train_accuracy,val_loss,val_accuracy\n");
    }

    /** The number of per-layer columns: hidden layers plus the output layer of the deepest variant. */
    int layerColumns() {
        return layers;
    }

    void write(RunEvent event) {
        try {
            if (event instanceof IterationMetrics m) {
                StringBuilder row = new StringBuilder(64 + 16 * layers);
                row.append(csv(m.variant())).append(',').append(m.iteration()).append(',').append(m.epoch())
                        .append(',').append(number(m.loss())).append(',').append(number(m.learningRate()));
                for (int l = 0; l < layers; l++) {
                    row.append(',');
                    if (l < m.gradientNorms().length) {
                        row.append(number(m.gradientNorms()[l]));
                    }
                }
                metrics.write(row.append('\n').toString());
            } else if (event instanceof EpochMetrics e) {
                epochs.write(csv(e.variant()) + "," + e.epoch() + "," + e.iteration() + "," + number(e.trainLoss())
                        + "," + number(e.trainAccuracy()) + "," + number(e.validationLoss()) + ","
                        + number(e.validationAccuracy()) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes summary.json atomically: a temporary file moved into place. */
    void writeSummary(RunState state, List<RunSummary> summaries) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("state", state.name().toLowerCase(Locale.ROOT));
        List<Object> list = new ArrayList<>();
        for (RunSummary s : summaries) {
            list.add(s == null ? null : summaryTree(s));
        }
        root.put("variants", list);
        AtomicWrite.bytes(dir.resolve("summary.json"),
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root));
    }

    private static Map<String, Object> summaryTree(RunSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variant", s.variant());
        m.put("state", s.state().name().toLowerCase(Locale.ROOT));
        m.put("stoppedEarly", s.stoppedEarly());
        m.put("iterations", s.iterations());
        m.put("epochs", s.epochs());
        m.put("bestEpoch", s.bestEpoch());
        m.put("trainLoss", finite(s.trainLoss()));
        m.put("trainAccuracy", finite(s.trainAccuracy()));
        m.put("validationLoss", finite(s.validationLoss()));
        m.put("validationAccuracy", finite(s.validationAccuracy()));
        m.put("testLoss", finite(s.testLoss()));
        m.put("testAccuracy", finite(s.testAccuracy()));
        Divergence d = s.divergence();
        if (d != null) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("iteration", d.iteration());
            dm.put("layer", d.layer() < 0 ? null : d.layer() + 1);
            dm.put("layerName", d.layerName());
            dm.put("cause", d.cause());
            m.put("divergence", dm);
        } else {
            m.put("divergence", null);
        }
        m.put("message", s.message());
        m.put("spec", SpecTree.toTree(s.spec()));
        return m;
    }

    /** JSON has no NaN or ∞: those become null ("not measured"). */
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** A number for CSV: empty for NaN (not measured), {@code inf}/{@code -inf} for infinities. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    @Override
    public void close() throws IOException {
        try (metrics; epochs) {
            metrics.flush();
            epochs.flush();
        }
    }
}
