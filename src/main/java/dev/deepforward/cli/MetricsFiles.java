package dev.deepforward.cli;

import dev.deepforward.spec.json.AtomicWrite;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.deepforward.engine.run.Divergence;
import dev.deepforward.engine.run.EpochMetrics;
import dev.deepforward.engine.run.IterationMetrics;
import dev.deepforward.engine.run.MetricRows;
import dev.deepforward.engine.run.RunEvent;
import dev.deepforward.engine.run.RunState;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.engine.run.TrainingTime;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.json.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files of a headless run: {@code metrics.csv} (one row per iteration, thinned past
 * {@link MetricRows#MAX_ITERATION_ROWS}), {@code epochs.csv} (one row per epoch) and {@code summary.json}.
 *
 * <p>They never lie about how far the run got. Opening writes {@code summary.json} with {@code "state":
 * "running"} first, atomically replacing whatever an earlier run left there, and only then starts the two
 * CSV files afresh; the final summary replaces it, atomically, when the run ends. So a killed run leaves a
 * folder that says {@code running}, never an earlier run's {@code finished} beside new rows. The CSV files
 * are written in whole rows (collected, then written with one call per batch), so a killed run's files end
 * at the end of a row, not in the middle of a number.
 */
final class MetricsFiles implements AutoCloseable {

    /** Rows collected before a write even between two drains: bounds the memory a fast run's batch takes. */
    private static final int BATCH_CHARS = 1 << 16;

    private final Path dir;
    private final int layers;
    private final Map<String, Object> provenance;
    private final WholeRows metrics;
    private final WholeRows epochs;
    private final long iterationStride;
    private final long totalIterations;
    /** Per variant: epochs kept once the first epoch says how many iterations an epoch takes. */
    private final Map<String, Long> epochStride = new HashMap<>();
    /** Per variant: its computing time and speed, from every event (the thinned-out rows included). */
    private final Map<String, TrainingTime> times = new HashMap<>();

    /**
     * {@code specs}: the spec of every variant, to size the per-layer columns; {@code every}: write every
     * that many iterations' rows (0 = the automatic thinning); {@code totalIterations}: how long the run is.
     */
    MetricsFiles(Path dir, List<RunSpec> specs, long totalIterations, long every, Map<String, Object> provenance)
            throws IOException {
        this.dir = dir;
        this.layers = specs.stream().mapToInt(s -> s.network().hidden().size() + 1).max().orElse(1);
        this.provenance = provenance;
        this.totalIterations = totalIterations;
        this.iterationStride = every > 0 ? every : MetricRows.stride(totalIterations, MetricRows.MAX_ITERATION_ROWS);
        // First the summary that says "running": from here on the folder cannot pass for a finished run.
        writeSummary("running", List.of());
        metrics = new WholeRows(dir.resolve("metrics.csv"));
        epochs = new WholeRows(dir.resolve("epochs.csv"));
        StringBuilder header = new StringBuilder("variant,iteration,epoch,loss,lr");
        for (int l = 1; l <= layers; l++) {
            header.append(",grad_norm_").append(l);
        }
        metrics.row(header);
        epochs.row(new StringBuilder("variant,epoch,iteration,train_loss,train_accuracy,val_loss,val_accuracy"));
        flush();
    }

    /** The number of per-layer columns: hidden layers plus the output layer of the deepest variant. */
    int layerColumns() {
        return layers;
    }

    /** Every how many iterations {@code metrics.csv} has a row (1 = every iteration). */
    long iterationStride() {
        return iterationStride;
    }

    void write(RunEvent event) {
        try {
            if (event instanceof IterationMetrics m) {
                times.computeIfAbsent(m.variant(), v -> new TrainingTime()).step(m);
                if (!MetricRows.kept(m.iteration(), iterationStride)) {
                    return;
                }
                StringBuilder row = new StringBuilder(64 + 16 * layers);
                row.append(CsvWriter.cell(m.variant())).append(',').append(m.iteration()).append(',').append(m.epoch())
                        .append(',').append(number(m.loss())).append(',').append(number(m.learningRate()));
                for (int l = 0; l < layers; l++) {
                    row.append(',');
                    if (l < m.gradientNorms().length) {
                        row.append(number(m.gradientNorms()[l]));
                    }
                }
                metrics.row(row);
            } else if (event instanceof EpochMetrics e) {
                times.computeIfAbsent(e.variant(), v -> new TrainingTime()).epochEnded(e);
                // The first epoch tells how many iterations an epoch takes, so how many epochs the run has.
                long stride = epochStride.computeIfAbsent(e.variant(), v -> MetricRows.stride(
                        totalIterations / Math.max(1, e.iteration() / Math.max(1, e.epoch())), MetricRows.MAX_EPOCH_ROWS));
                if (!MetricRows.kept(e.epoch(), stride)) {
                    return;
                }
                epochs.row(new StringBuilder().append(CsvWriter.cell(e.variant())).append(',').append(e.epoch())
                        .append(',').append(e.iteration()).append(',').append(number(e.trainLoss())).append(',')
                        .append(number(e.trainAccuracy())).append(',').append(number(e.validationLoss())).append(',')
                        .append(number(e.validationAccuracy())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the rows collected so far: called after each drain of the run's events. */
    void flush() throws IOException {
        metrics.flush();
        epochs.flush();
    }

    /** Writes the final summary.json atomically (a temporary file moved into place), replacing "running". */
    void writeSummary(RunState state, List<RunSummary> summaries) throws IOException {
        flush();
        provenance.put("ended", java.time.Instant.now().toString());
        writeSummary(state.name().toLowerCase(Locale.ROOT), summaries);
    }

    private void writeSummary(String state, List<RunSummary> summaries) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("state", state);
        root.put("provenance", provenance);
        List<Object> list = new ArrayList<>();
        for (RunSummary s : summaries) {
            list.add(s == null ? null : summaryTree(s, times.getOrDefault(s.variant(), new TrainingTime())));
        }
        root.put("variants", list);
        AtomicWrite.bytes(dir.resolve("summary.json"),
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root));
    }

    private static Map<String, Object> summaryTree(RunSummary s, TrainingTime time) {
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
        // the sets' sizes, so that a reading of the errors (diagnose) can say what is within their noise
        m.put("trainSize", s.trainSize());
        m.put("validationSize", s.validationSize());
        m.put("testSize", s.testSize());
        // As the window's line under the charts reads them: its own computing time, the steps' speed.
        m.put("trainingSeconds", time.seconds());
        m.put("examplesPerSecond", finite(time.examplesPerSecond()));
        m.put("secondsPerEpoch", finite(time.secondsPerEpoch()));
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
        m.put("backend", s.backend());
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

    @Override
    public void close() throws IOException {
        try (metrics; epochs) {
            flush();
        }
    }

    /**
     * A CSV file written in whole rows: rows are collected as text and reach the file in one write per batch,
     * never through a fixed-size buffer that would cut a row wherever the buffer happens to fill.
     */
    private static final class WholeRows implements AutoCloseable {
        private final OutputStream out;
        private final StringBuilder pending = new StringBuilder(BATCH_CHARS + 1024);

        WholeRows(Path file) throws IOException {
            out = Files.newOutputStream(file); // creates or truncates: this run's rows only
        }

        void row(CharSequence row) throws IOException {
            pending.append(row).append('\n');
            if (pending.length() >= BATCH_CHARS) {
                flush();
            }
        }

        void flush() throws IOException {
            if (!pending.isEmpty()) {
                out.write(pending.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
                pending.setLength(0);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
