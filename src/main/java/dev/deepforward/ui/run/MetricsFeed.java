package dev.deepforward.ui.run;

import dev.deepforward.engine.run.EpochMetrics;
import dev.deepforward.engine.run.IterationMetrics;
import dev.deepforward.ui.chart.MetricsSink;
import dev.deepforward.ui.chart.RunLayout;

/**
 * Hands the engine's events to the charts in their plain-number form, each to its variant's curves.
 * Non-finite losses are left out: a diverged run is explained by the banner, not by a chart whose axis NaN
 * or ∞ has wrecked; the gradient heatmap keeps them, where they show as the "blew up" colour in the layer
 * that broke.
 */
final class MetricsFeed {

    private final MetricsSink sink;
    private float[] norms = new float[0];
    /** Each run's layer count: variants may differ in depth. */
    private int[] layers = new int[0];

    MetricsFeed(MetricsSink sink) {
        this.sink = sink;
    }

    void reset(RunLayout layout) {
        layers = new int[layout.runs()];
        for (int r = 0; r < layers.length; r++) {
            layers[r] = layout.layerNames(r).length;
        }
        sink.reset(layout);
    }

    void iteration(int run, IterationMetrics m) {
        double[] g = m.gradientNorms();
        if (run >= layers.length || g.length != layers[run]) {
            return; // not this network's event (cannot happen with one queue per run; cheap to be sure)
        }
        if (norms.length != g.length) {
            norms = new float[g.length];
        }
        for (int i = 0; i < g.length; i++) {
            norms[i] = (float) g[i];
        }
        double loss = Double.isFinite(m.loss()) ? m.loss() : Double.NaN;
        sink.iteration(run, m.iteration(), m.epoch(), loss, m.learningRate(), norms);
    }

    void epoch(int run, EpochMetrics e) {
        sink.epoch(run, e.epoch(), e.iteration(), finite(e.trainLoss()), finite(e.validationLoss()),
                e.trainAccuracy(), e.validationAccuracy());
    }

    void epochSize(int run, int iterations, int examples) {
        sink.epochSize(run, iterations, examples);
    }

    void figures(int run, String text) {
        sink.figures(run, text);
    }

    void alert(int run, RunAlert alert) {
        sink.variantAlert(run, alert == null ? null : alert.title(), alert == null ? null : alert.detail());
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }
}
