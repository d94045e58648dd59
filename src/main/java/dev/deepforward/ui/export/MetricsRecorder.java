package dev.deepforward.ui.export;

import dev.deepforward.ui.chart.MetricsSink;
import dev.deepforward.ui.chart.RunLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the numbers the charts are drawn from, one {@link MetricsTrack} per variant (one for a single run),
 * for File → Export metrics. It sits next to the charts on the same feed rather than reading the charts
 * back, because the charts keep only what they draw (the heatmap averages iterations into columns).
 */
public final class MetricsRecorder implements MetricsSink {

    /** Iterations kept exactly per track before a long run is thinned: as many as {@code run} writes. */
    static final int MAX_ROWS = dev.deepforward.engine.run.MetricRows.MAX_ITERATION_ROWS;

    private String[] layers = new String[0];
    private final List<MetricsTrack> tracks = new ArrayList<>();

    @Override
    public void reset(RunLayout layout) {
        // the deepest run's names: the CSV has a column per layer of it; a shallower variant leaves the rest empty
        layers = layout.deepestLayerNames();
        tracks.clear();
        for (int r = 0; r < layout.runs(); r++) {
            tracks.add(new MetricsTrack(layout.compare() ? layout.variantLabels().get(r) : "",
                    layout.layerNames(r).length));
        }
    }

    @Override
    public void iteration(int run, long iteration, int epoch, double batchLoss, double learningRate,
                          float[] gradientNorms) {
        if (run < tracks.size()) {
            tracks.get(run).iteration(iteration, epoch, batchLoss, learningRate, gradientNorms);
        }
    }

    @Override
    public void epoch(int run, int epoch, long iteration, double trainLoss, double validationLoss,
                      double trainAccuracy, double validationAccuracy) {
        if (run < tracks.size()) {
            tracks.get(run).epoch(epoch, iteration, trainLoss, validationLoss, trainAccuracy, validationAccuracy);
        }
    }

    public String[] layerNames() {
        return layers.clone();
    }

    /** The only track of a single run (the first variant's of a comparison): what tests read. */
    MetricsTrack first() {
        return tracks.get(0);
    }

    /** One track per variant, in the comparison's order. */
    public List<MetricsTrack> tracks() {
        return List.copyOf(tracks);
    }
}
