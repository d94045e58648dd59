package dev.deepforward.claims;

import dev.deepforward.data.Dataset;
import dev.deepforward.data.PreparedData;
import dev.deepforward.engine.Evaluation;
import dev.deepforward.engine.LayerStats;
import dev.deepforward.engine.Network;
import dev.deepforward.engine.run.EpochMetrics;
import dev.deepforward.engine.run.IterationMetrics;
import dev.deepforward.engine.run.ParameterProbe;
import dev.deepforward.engine.run.ProbePoint;
import dev.deepforward.engine.run.RunEvent;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.engine.run.StateChange;
import dev.deepforward.lesson.Metric;
import dev.deepforward.lesson.RunState;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns what a training run reports into {@link RunRecord}s, one per variant: the published events give
 * the per-iteration losses and gradients, the epoch evaluations and the summary; the {@link ParameterProbe}
 * gives what the events do not carry (the untrained network's evaluation, probe-batch activations and
 * weights at the start of every iteration, the weight update actually applied).
 *
 * <p>Both are called on the training thread; the records are read after the run has settled.
 */
final class RunRecorder implements Consumer<RunEvent>, ParameterProbe {

    /** The metrics only the probe batch and the weights between updates give. */
    static final Set<Metric> PROBED = EnumSet.of(Metric.WEIGHT_NORM, Metric.WEIGHT_SPREAD, Metric.UPDATE_RATIO,
            Metric.ACTIVATION_MEAN, Metric.ACTIVATION_STD, Metric.SATURATED_FRACTION, Metric.DEAD_FRACTION,
            Metric.BATCH_NORM_GAMMA_MEAN, Metric.NEAR_ZERO_FRACTION);

    private final boolean probeLayers;
    private final int evaluateEvery;
    /** Per variant: the network and data of the latest probe point, to evaluate the end of the run on. */
    private final Map<String, ProbePoint> latest = new HashMap<>();
    private final Map<String, RunRecord> records = new HashMap<>();
    /** Per variant: the probe taken after the latest update, which becomes iteration t+1's once update t+1 happens. */
    private final Map<String, LayerProbe[]> pending = new HashMap<>();

    /**
     * @param probeLayers whether to measure the {@link #PROBED} metrics: a pass over the probe batch at every
     *                    iteration, as costly as the training step itself, so only when a claim reads one
     */
    RunRecorder(boolean probeLayers) {
        this(probeLayers, 0);
    }

    /** @param evaluateEvery also evaluate the training and validation parts every this many updates (0: not) */
    RunRecorder(boolean probeLayers, int evaluateEvery) {
        this.probeLayers = probeLayers;
        this.evaluateEvery = evaluateEvery;
    }

    /** The record of {@code variant} ({@code ""} for a single run); null if the run never started. */
    synchronized RunRecord record(String variant) {
        return records.get(variant);
    }

    private RunRecord recordFor(String variant, int hiddenLayers) {
        return records.computeIfAbsent(variant, v -> new RunRecord(hiddenLayers));
    }

    @Override
    public synchronized void at(ProbePoint point) {
        Network network = point.network();
        RunRecord record = recordFor(point.variant(), network.hiddenLayerCount());
        long k = point.updatesDone();
        latest.put(point.variant(), point);
        if (k == 0) {
            evaluateUntrained(record, network, point.data());
        } else {
            double[] w = network.weightGradientNorms(); // of update k's gradient
            for (int l = 0; l < w.length; l++) {
                record.add(Metric.WEIGHT_GRADIENT_NORM, l, k, w[l]);
            }
            if (evaluateEvery > 0 && k % evaluateEvery == 0) {
                evaluateAt(record, network, point.data(), k);
            }
        }
        if (!probeLayers) {
            return;
        }
        Dataset probe = point.probeBatch();
        LayerProbe[] now = LayerProbe.measure(network, probe.features(), probe.size());
        if (k > 0) {
            // The previous probe saw the parameters update k started from: that is iteration k's value.
            LayerProbe[] before = pending.get(point.variant());
            for (int l = 0; l < now.length; l++) {
                recordStart(record, l, k, before[l]);
                record.add(Metric.UPDATE_RATIO, l, k, now[l].updateRatioSince(before[l]));
            }
        }
        pending.put(point.variant(), now);
    }

    private static void recordStart(RunRecord r, int layer, long iteration, LayerProbe p) {
        r.add(Metric.WEIGHT_NORM, layer, iteration, p.weightNorm());
        r.add(Metric.WEIGHT_SPREAD, layer, iteration, p.weightSpread());
        r.add(Metric.ACTIVATION_MEAN, layer, iteration, p.activationMean());
        r.add(Metric.ACTIVATION_STD, layer, iteration, p.activationStd());
        addIfDefined(r, Metric.SATURATED_FRACTION, layer, iteration, p.saturatedFraction());
        addIfDefined(r, Metric.DEAD_FRACTION, layer, iteration, p.deadFraction());
        addIfDefined(r, Metric.BATCH_NORM_GAMMA_MEAN, layer, iteration, p.gammaMean());
        r.add(Metric.NEAR_ZERO_FRACTION, layer, iteration, p.nearZeroFraction());
    }

    /** An evaluation point a claim asked for ({@code evaluateEvery}): training and validation parts. */
    private static void evaluateAt(RunRecord r, Network network, PreparedData data, long k) {
        Evaluation train = network.evaluate(data.train());
        r.add(Metric.TRAIN_LOSS, k, train.loss());
        r.add(Metric.TRAIN_ACCURACY, k, train.accuracy());
        addConfidence(r, Metric.TRAIN_CONFIDENCE, network, data.train(), k);
        if (data.validation().size() > 0) {
            Evaluation v = network.evaluate(data.validation());
            r.add(Metric.VALIDATION_LOSS, k, v.loss());
            r.add(Metric.VALIDATION_ACCURACY, k, v.accuracy());
            addConfidence(r, Metric.VALIDATION_CONFIDENCE, network, data.validation(), k);
        }
    }

    /** Mean over {@code set} of the largest output (max softmax); classification only, else nothing is recorded. */
    private static void addConfidence(RunRecord r, Metric m, Network network, Dataset set, long k) {
        if (set.size() == 0 || set.task() != dev.deepforward.data.Task.CLASSIFICATION) {
            return;
        }
        int outputs = network.outputCount();
        double sum = 0;
        int chunk = 1024;
        for (int from = 0; from < set.size(); from += chunk) {
            int n = Math.min(chunk, set.size() - from);
            float[] x = java.util.Arrays.copyOfRange(set.features(), from * set.featureCount(),
                    (from + n) * set.featureCount());
            float[] out = network.predict(x, n);
            for (int i = 0; i < n; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < outputs; c++) {
                    max = Math.max(max, out[i * outputs + c]);
                }
                sum += max;
            }
        }
        r.add(m, k, sum / set.size());
    }

    private static void addIfDefined(RunRecord r, Metric m, int layer, long iteration, double v) {
        if (!Double.isNaN(v)) {
            r.add(m, layer, iteration, v);
        }
    }

    /** Iteration 0 is an evaluation point, but the engine first evaluates at the end of epoch 1. */
    private static void evaluateUntrained(RunRecord r, Network network, PreparedData data) {
        r.setRunValue(Metric.PARAMETER_COUNT,
                network.networkSpec().parameterCount(data.inputCount(), data.outputCount()));
        Evaluation train = network.evaluate(data.train());
        r.add(Metric.TRAIN_LOSS, 0, train.loss());
        r.add(Metric.TRAIN_ACCURACY, 0, train.accuracy());
        if (data.validation().size() > 0) {
            Evaluation v = network.evaluate(data.validation());
            r.add(Metric.VALIDATION_LOSS, 0, v.loss());
            r.add(Metric.VALIDATION_ACCURACY, 0, v.accuracy());
        }
        if (data.test().size() > 0) {
            Evaluation t = network.evaluate(data.test());
            r.add(Metric.TEST_LOSS, 0, t.loss());
            r.add(Metric.TEST_ACCURACY, 0, t.accuracy());
        }
        confidences(r, network, data, 0);
    }

    private static void confidences(RunRecord r, Network network, PreparedData data, long k) {
        addConfidence(r, Metric.TRAIN_CONFIDENCE, network, data.train(), k);
        addConfidence(r, Metric.VALIDATION_CONFIDENCE, network, data.validation(), k);
        addConfidence(r, Metric.TEST_CONFIDENCE, network, data.test(), k);
    }

    @Override
    public synchronized void accept(RunEvent event) {
        if (event instanceof IterationMetrics m) {
            iteration(m);
        } else if (event instanceof EpochMetrics e) {
            epoch(e);
        } else if (event instanceof StateChange s && s.summary() != null) {
            finish(s.summary());
        }
    }

    private void iteration(IterationMetrics m) {
        double[] norms = m.gradientNorms();
        RunRecord r = recordFor(m.variant(), norms.length - 1);
        long t = m.iteration();
        r.add(Metric.BATCH_LOSS, t, m.loss());
        r.add(Metric.LEARNING_RATE, t, m.learningRate());
        double total = 0;
        for (int l = 0; l < norms.length; l++) {
            r.add(Metric.GRADIENT_NORM, l, t, norms[l]);
            total += norms[l] * norms[l];
        }
        r.add(Metric.GLOBAL_GRADIENT_NORM, t, Math.sqrt(total));
        LayerStats[] layers = m.layers();
        if (layers != null) { // the engine's full probes come at its probe interval
            for (LayerStats s : layers) {
                r.add(Metric.MEAN_ABS_GRADIENT, s.layer(), t, s.meanAbsGradient());
                r.add(Metric.CLIPPED_GRADIENT_NORM, s.layer(), t, s.appliedGradientNorm());
            }
        }
    }

    private void epoch(EpochMetrics e) {
        RunRecord r = records.get(e.variant());
        if (r == null) {
            return;
        }
        r.add(Metric.TRAIN_LOSS, e.iteration(), e.trainLoss());
        r.add(Metric.TRAIN_ACCURACY, e.iteration(), e.trainAccuracy());
        if (!Double.isNaN(e.validationLoss())) {
            r.add(Metric.VALIDATION_LOSS, e.iteration(), e.validationLoss());
            r.add(Metric.VALIDATION_ACCURACY, e.iteration(), e.validationAccuracy());
        }
    }

    private void finish(RunSummary s) {
        RunRecord r = recordFor(s.variant(), s.spec().network().hidden().size());
        switch (s.state()) {
            case FINISHED -> r.setFinalState(s.stoppedEarly() ? RunState.STOPPED_EARLY : RunState.FINISHED);
            case DIVERGED -> {
                r.setFinalState(RunState.DIVERGED);
                r.setRunValue(Metric.DIVERGED_AT, s.divergence().iteration());
            }
            default -> r.setFailure("the run " + s.state().name().toLowerCase()
                    + (s.message() == null ? "" : ": " + s.message()));
        }
        LayerProbe[] last = pending.get(s.variant());
        if (last != null && s.state() == dev.deepforward.engine.run.RunState.FINISHED) {
            // The probe after the last update is the start of an iteration that never runs: recorded as
            // iteration N + 1, so "final" reads the trained network, not the one update N started from.
            for (int l = 0; l < last.length; l++) {
                recordStart(r, l, s.iterations() + 1, last[l]);
            }
        }
        r.setRunValue(Metric.ITERATIONS_RUN, s.iterations());
        r.setRunValue(Metric.EPOCHS_RUN, s.epochs());
        r.setRunValue(Metric.BEST_EPOCH, s.bestEpoch());
        ProbePoint point = latest.get(s.variant());
        if (point != null && s.state() == dev.deepforward.engine.run.RunState.FINISHED) {
            // The summary comes on the training thread right after the run ended (and restored its best
            // epoch, if it does): the network is in its final state.
            confidences(r, point.network(), point.data(), s.iterations());
        }
        if (s.state() != dev.deepforward.engine.run.RunState.DIVERGED) {
            // the end of the run is an evaluation point, on the whole sets (after any restore of the best epoch)
            long t = s.iterations();
            r.add(Metric.TRAIN_LOSS, t, s.trainLoss());
            r.add(Metric.TRAIN_ACCURACY, t, s.trainAccuracy());
            addIfDefined(r, Metric.VALIDATION_LOSS, -1, t, s.validationLoss());
            addIfDefined(r, Metric.VALIDATION_ACCURACY, -1, t, s.validationAccuracy());
            addIfDefined(r, Metric.TEST_LOSS, -1, t, s.testLoss());
            addIfDefined(r, Metric.TEST_ACCURACY, -1, t, s.testAccuracy());
        }
    }
}
