package dev.deepforward.claims;

import dev.deepforward.lesson.Metric;
import dev.deepforward.lesson.Moment;
import dev.deepforward.lesson.RunState;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything measured on one run (one variant, one seed): a {@link Series} per metric and layer, and the
 * run-level values. Layers are numbered as the engine numbers them: 0 … H−1 the hidden layers, H the output
 * layer. Filled by {@link RunRecorder}, or by hand in tests.
 */
final class RunRecord {

    private final int hiddenLayers;
    private final Map<Metric, Map<Integer, Series>> series = new EnumMap<>(Metric.class);
    private final Map<Metric, Double> runValues = new EnumMap<>(Metric.class);
    private RunState finalState;
    private String failure;

    RunRecord(int hiddenLayers) {
        this.hiddenLayers = hiddenLayers;
    }

    int hiddenLayers() {
        return hiddenLayers;
    }

    /** The engine's index of the output layer. */
    int outputLayer() {
        return hiddenLayers;
    }

    /** Records a value of a metric that is not per layer. */
    void add(Metric metric, long iteration, double value) {
        add(metric, -1, iteration, value);
    }

    /** Records a value of {@code metric} on engine layer {@code layer} (−1: not per layer). */
    void add(Metric metric, int layer, long iteration, double value) {
        series.computeIfAbsent(metric, m -> new HashMap<>()).computeIfAbsent(layer, l -> new Series())
                .add(iteration, value);
    }

    void setRunValue(Metric metric, double value) {
        runValues.put(metric, value);
    }

    void setFinalState(RunState state) {
        finalState = state;
    }

    /** Marks a run that failed or was stopped: none of its values can be trusted. */
    void setFailure(String message) {
        failure = message;
    }

    /** Why the run cannot be measured, or null. */
    String failure() {
        return failure;
    }

    RunState finalState() {
        return finalState;
    }

    /** A per-iteration or evaluation value; NaN when it was never recorded. */
    double read(Metric metric, int layer, Moment moment) {
        Map<Integer, Series> byLayer = series.get(metric);
        Series s = byLayer == null ? null : byLayer.get(layer);
        return s == null ? Double.NaN : s.read(moment, metric.better());
    }

    /** The first iteration whose recorded value is above / below {@code threshold}; NaN when none is. */
    double firstCrossing(Metric metric, int layer, boolean above, double threshold) {
        Map<Integer, Series> byLayer = series.get(metric);
        Series s = byLayer == null ? null : byLayer.get(layer);
        return s == null ? Double.NaN : s.firstCrossing(above, threshold);
    }

    /** A run-level value; NaN when undefined (e.g. {@code diverged_at} of a run that did not diverge). */
    double runValue(Metric metric) {
        return runValues.getOrDefault(metric, Double.NaN);
    }

    /** Records of a series, for tests and diagnostics. */
    int recordCount(Metric metric, int layer) {
        Map<Integer, Series> byLayer = series.get(metric);
        Series s = byLayer == null ? null : byLayer.get(layer);
        return s == null ? 0 : s.size();
    }
}
