package dev.deepforward.ui.run;

import dev.deepforward.engine.run.EpochMetrics;
import dev.deepforward.engine.run.IterationMetrics;
import dev.deepforward.ui.chart.MetricsSink;

/**
 * Hands the engine's events to the charts in their plain-number form. Non-finite losses are left out:
 * a diverged run is explained by the banner, not by a chart whose axis NaN or ∞ has wrecked; the gradient
 * heatmap keeps them, where they show as the "blew up" colour in the layer that broke.
 */
final class MetricsFeed {

    private final MetricsSink sink;
    private float[] norms = new float[0];
    private int layers;

    MetricsFeed(MetricsSink sink) {
        this.sink = sink;
    }

    void reset(String[] layerNames) {
        layers = layerNames.length;
        sink.reset(layerNames);
    }

    void iteration(IterationMetrics m) {
        double[] g = m.gradientNorms();
        if (g.length != layers) {
            return; // not this network's event (cannot happen with one queue per run; cheap to be sure)
        }
        if (norms.length != g.length) {
            norms = new float[g.length];
        }
        for (int i = 0; i < g.length; i++) {
            norms[i] = (float) g[i];
        }
        double loss = Double.isFinite(m.loss()) ? m.loss() : Double.NaN;
        sink.iteration(m.iteration(), m.epoch(), loss, m.learningRate(), norms);
    }

    void epoch(EpochMetrics e) {
        sink.epoch(e.epoch(), e.iteration(), finite(e.trainLoss()), finite(e.validationLoss()),
                e.trainAccuracy(), e.validationAccuracy());
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }
}
