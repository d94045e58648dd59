package dev.deepforward.engine.run;

import dev.deepforward.data.Dataset;
import dev.deepforward.data.PreparedData;
import dev.deepforward.data.Seeds;
import dev.deepforward.data.Task;
import dev.deepforward.engine.Evaluation;
import dev.deepforward.engine.LayerStats;
import dev.deepforward.engine.Network;
import dev.deepforward.engine.NetworkState;
import dev.deepforward.engine.Trainer;
import dev.deepforward.spec.EarlyStoppingSpec;
import dev.deepforward.spec.RunSpec;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * One network training on its data, one iteration at a time, without any thread of its own: the
 * bookkeeping a run needs around {@link Trainer#step()} — probes, per-epoch evaluation, augmentation,
 * early stopping, divergence detection and the final summary. {@link RunWorker} drives one or several
 * cores from its thread; nothing here is thread-safe.
 */
final class RunCore {

    /** Training metrics per epoch are measured on at most this many examples (a fixed seeded sample). */
    static final int TRAIN_EVAL_CAP = 2000;

    /** Examples in the probe batch a {@link ParameterProbe} measures on. */
    static final int PROBE_BATCH = 256;

    /** A layer's gradient norm this many times its first value counts as blown up. */
    private static final double BLOW_UP_FACTOR = 1e3;

    final String variant;
    final RunSpec spec;
    private final PreparedData data;
    private final Consumer<RunEvent> sink;
    private final Dataset trainEvalSample;
    private final long totalIterations;
    private final int probeInterval;

    private Network network;
    private Trainer trainer;
    private Dataset trainingSet;
    private SplittableRandom augmentRandom;
    private RunState state;
    private boolean stoppedEarly;
    private int epochsDone;
    private double bestValidationLoss;
    private int bestEpoch;
    private int epochsWithoutImprovement;
    private NetworkState bestState;
    private double[] firstGradientNorms;
    private long[] blowUpIteration;
    private RunSummary summary;
    private double liveLearningRate = Double.NaN;
    private double liveL1 = Double.NaN;
    private double liveL2 = Double.NaN;
    private TrainedWeights transferSource;
    private int transferLayers;
    private volatile boolean surfaceRequested;
    private volatile boolean histogramsRequested;
    private int surfaceResolution = 64;
    private volatile boolean predictionsRequested;
    private volatile boolean unitOutputsRequested;
    private volatile boolean weightsRequested;
    /** Views asked for at least once: the run's end publishes each of them once more, for its final state. */
    private volatile boolean surfaceShown;
    private volatile boolean histogramsShown;
    private volatile boolean predictionsShown;
    private volatile boolean unitOutputsShown;
    private volatile boolean weightsShown;
    /** The iteration each view was last published at, so the end does not publish the same picture twice. */
    private final long[] publishedAt = {-1, -1, -1, -1, -1};
    private int predictionCount = 24;
    private int unitResolution = 24;
    private ParameterProbe parameterProbe;
    private Dataset probeBatch;
    /** The network's own training time so far (see {@link IterationMetrics#trainingSeconds()}). */
    private long trainingNanos;
    /** When the part of the iteration being timed began (System.nanoTime). */
    private long clockMark;
    private long examplesSeen;
    /** The part of the training time the per-epoch evaluations took. */
    private long evaluationNanos;

    RunCore(String variant, RunSpec spec, PreparedData data, Consumer<RunEvent> sink) {
        this.variant = variant;
        this.spec = spec;
        this.data = data;
        this.sink = sink;
        this.totalIterations = spec.training().totalIterations(data.train().size());
        this.trainEvalSample = sample(data.train(), TRAIN_EVAL_CAP, Seeds.derive(spec.seed(), "train-eval"));
        this.probeInterval = probeInterval(spec, data);
        reset();
    }

    /**
     * Iterations between full probes: 1 when the network is big enough that a probe costs little next to a
     * step, up to 16 for the tiniest networks, where reading every activation costs as much as the step.
     * It depends only on sizes, so two runs of one spec probe the same iterations.
     */
    static int probeInterval(RunSpec spec, PreparedData data) {
        long work = spec.network().parameterCount(data.inputCount(), data.outputCount())
                * (long) spec.training().batchSize();
        return (int) Math.max(1, Math.min(16, (100_000 + work - 1) / Math.max(1, work)));
    }

    /** Back to the initial weights of the seed: the same network, data order and dropout masks as before. */
    void reset() {
        network = Network.forDataset(spec.network(), spec.training(), data.train(), spec.seed());
        network.setTotalIterations(totalIterations);
        // Live edits outlive a reset: the user changed the setting, not just this attempt.
        if (!Double.isNaN(liveLearningRate)) {
            network.setLearningRate(liveLearningRate);
        }
        if (!Double.isNaN(liveL1)) {
            network.setL1(liveL1);
            network.setL2(liveL2);
        }
        if (transferSource != null) {
            transferSource.copyInto(network, transferLayers);
        }
        trainingSet = data.train();
        augmentRandom = null;
        if (data.augmenter() != null && data.augmenter().isActive()) {
            augmentRandom = Seeds.random(spec.seed(), "augment");
            trainingSet = data.train().withSamples(data.train().name() + " (augmented)",
                    data.train().features().clone(), data.train().labels(), data.train().targets());
            augment();
        }
        trainer = new Trainer(network, trainingSet, spec.training().batchSize(), Seeds.derive(spec.seed(), "shuffle"));
        java.util.Arrays.fill(publishedAt, -1);
        state = RunState.IDLE;
        stoppedEarly = false;
        epochsDone = 0;
        bestValidationLoss = Double.POSITIVE_INFINITY;
        bestEpoch = 0;
        epochsWithoutImprovement = 0;
        bestState = null;
        firstGradientNorms = null;
        blowUpIteration = new long[network.layerCount()];
        summary = null;
        trainingNanos = 0;
        examplesSeen = 0;
        evaluationNanos = 0;
    }

    /** Adds the time since the mark to the training time, moves the mark to now; returns the total in seconds. */
    private double clock() {
        long now = System.nanoTime();
        trainingNanos += now - clockMark;
        clockMark = now;
        return trainingNanos / 1e9;
    }

    /** Iterations in one epoch (the last batch of each may be short). */
    int iterationsPerEpoch() {
        return trainer.batchesPerEpoch();
    }

    /** Examples in one epoch: the training set's size. */
    int examplesPerEpoch() {
        return trainingSet.size();
    }

    /** Redraws the augmented copy of the training set in place: a fresh augmentation each epoch. */
    private void augment() {
        Dataset source = data.train();
        data.augmenter().augment(source.features(), 0, trainingSet.features(), 0, source.size(), augmentRandom);
    }

    /**
     * Starts this run (and every reset of it) from the first {@code layers} hidden layers of
     * {@code source}; whether they then train or stay fixed is the spec's {@code frozen} flag.
     */
    void transferFrom(TrainedWeights source, int layers) {
        source.copyInto(network, layers);
        transferSource = source;
        transferLayers = layers;
    }

    /** Calls {@code probe} before the first update and after every update (see {@link ParameterProbe}). */
    void setParameterProbe(ParameterProbe probe) {
        parameterProbe = probe;
        if (probe != null && probeBatch == null) {
            probeBatch = sample(data.train(), PROBE_BATCH, Seeds.derive(spec.seed(), "probe-batch"));
        }
    }

    private void probe(long updatesDone) {
        if (parameterProbe != null) {
            parameterProbe.at(new ProbePoint(variant, updatesDone, network, data, probeBatch));
        }
    }

    boolean isDone() {
        return state.isTerminal();
    }

    RunState state() {
        return state;
    }

    long iteration() {
        return trainer.steps();
    }

    long totalIterations() {
        return totalIterations;
    }

    Network network() {
        return network;
    }

    RunSummary summary() {
        return summary;
    }

    void setLearningRate(double eta) {
        liveLearningRate = eta;
        network.setLearningRate(eta);
    }

    void setRegularization(double l1, double l2) {
        liveL1 = l1;
        liveL2 = l2;
        network.setL1(l1);
        network.setL2(l2);
    }

    /** Whether a view asked for something that has not been published yet. */
    boolean hasPendingViews() {
        return surfaceRequested || histogramsRequested || predictionsRequested || unitOutputsRequested
                || weightsRequested;
    }

    /** Publishes the decision surface and histograms asked for, if any (also while paused or ended). */
    void publishPendingViews() {
        long now = trainer.steps();
        if (surfaceRequested) {
            surfaceRequested = false;
            publishedAt[0] = now;
            publishSurface();
        }
        if (histogramsRequested) {
            histogramsRequested = false;
            publishedAt[1] = now;
            publishHistograms();
        }
        if (predictionsRequested) {
            predictionsRequested = false;
            publishedAt[2] = now;
            publishPredictions();
        }
        if (unitOutputsRequested) {
            unitOutputsRequested = false;
            publishedAt[3] = now;
            publishUnitOutputs();
        }
        if (weightsRequested) {
            weightsRequested = false;
            publishedAt[4] = now;
            publishWeights();
        }
    }

    void requestPredictions(int count) {
        predictionCount = Math.max(1, Math.min(256, count));
        predictionsRequested = true;
        predictionsShown = true;
    }

    void requestUnitOutputs(int resolution) {
        unitResolution = Math.max(4, Math.min(64, resolution));
        unitOutputsRequested = true;
        unitOutputsShown = true;
    }

    void requestWeights() {
        weightsRequested = true;
        weightsShown = true;
    }

    void requestSurface(int resolution) {
        surfaceResolution = Math.max(8, Math.min(256, resolution));
        surfaceRequested = true;
        surfaceShown = true;
    }

    void requestHistograms() {
        histogramsRequested = true;
        histogramsShown = true;
    }

    void markRunning() {
        if (!state.isTerminal()) {
            state = RunState.RUNNING;
        }
    }

    void markPaused() {
        if (!state.isTerminal()) {
            state = RunState.PAUSED;
        }
    }

    /** One training step with its probes; may end the run (finished, diverged, stopped early). */
    void iterate() {
        if (state.isTerminal()) {
            return;
        }
        clockMark = System.nanoTime();
        try {
            timedIterate();
        } finally {
            clock();
        }
    }

    private void timedIterate() {
        if (trainer.steps() == 0) {
            probe(0);
        }
        double lr = network.currentLearningRate();
        double loss = trainer.step();
        // after the step: a step that opens an epoch moves the trainer's count on, and it belongs to that epoch
        int epoch = trainer.epoch();
        long it = trainer.steps();
        examplesSeen += trainer.lastBatchSize();
        double[] norms = network.gradientNorms();
        Divergence divergence = checkDivergence(it, loss, norms);
        boolean probe = it % probeInterval == 0 || it == 1 || it == totalIterations || divergence != null;
        LayerStats[] layers = probe ? network.layerStats() : null;
        sink.accept(new IterationMetrics(variant, it, epoch, loss, lr, norms, layers, clock(), examplesSeen));
        probe(it);
        if (divergence != null) {
            end(RunState.DIVERGED, divergence, null);
            return;
        }
        clock();
        publishPendingViews(); // the window's pictures are not the network's training time
        clockMark = System.nanoTime();
        if (trainer.epochEnded()) {
            endOfEpoch(it);
            if (state.isTerminal()) {
                return;
            }
            if (augmentRandom != null) {
                augment();
            }
        }
        if (it >= totalIterations) {
            restoreBestAtFullLength();
            end(RunState.FINISHED, null, null);
        }
    }

    /**
     * {@code restoreBest} means the run ends on its best epoch's parameters, whether early stopping ended it or
     * it ran its full length past that epoch (the summary's evaluation then reads the restored network).
     */
    private void restoreBestAtFullLength() {
        EarlyStoppingSpec early = spec.training().earlyStopping();
        if (early.enabled() && early.restoreBest() && bestState != null) {
            network.restoreState(bestState);
        }
    }

    private void endOfEpoch(long it) {
        epochsDone++;
        clock();
        long evaluating = trainingNanos;
        Evaluation train = network.evaluate(trainEvalSample);
        Evaluation validation = data.validation().size() > 0 ? network.evaluate(data.validation()) : null;
        double vLoss = validation == null ? Double.NaN : validation.loss();
        double seconds = clock();
        evaluationNanos += trainingNanos - evaluating;
        sink.accept(new EpochMetrics(variant, epochsDone, it, train.loss(), train.accuracy(), vLoss,
                validation == null ? Double.NaN : validation.accuracy(),
                validation == null ? new int[0][0] : validation.confusion(), seconds,
                evaluationNanos / 1e9, trainEvalSample.size()));
        EarlyStoppingSpec early = spec.training().earlyStopping();
        if (validation == null || Double.isNaN(vLoss)) {
            return;
        }
        if (vLoss < bestValidationLoss - early.minDelta()) {
            bestValidationLoss = vLoss;
            bestEpoch = epochsDone;
            epochsWithoutImprovement = 0;
            if (early.enabled() && early.restoreBest()) {
                bestState = network.saveState();
            }
        } else {
            epochsWithoutImprovement++;
            if (early.enabled() && epochsWithoutImprovement >= early.patience()) {
                if (bestState != null) {
                    network.restoreState(bestState);
                }
                stoppedEarly = true;
                end(RunState.FINISHED, null, null);
            }
        }
    }

    /**
     * NaN/∞ or a loss above the threshold ends the run. The layer named is the one whose gradient norm first
     * grew {@value #BLOW_UP_FACTOR}× past its first value (or first stopped being finite), which is where
     * an explosion starts; ties go to the larger growth.
     */
    private Divergence checkDivergence(long it, double loss, double[] norms) {
        if (firstGradientNorms == null) {
            firstGradientNorms = norms.clone();
        }
        for (int l = 0; l < norms.length; l++) {
            boolean blown = !Double.isFinite(norms[l])
                    || (firstGradientNorms[l] > 0 && norms[l] > BLOW_UP_FACTOR * firstGradientNorms[l]);
            if (blown && blowUpIteration[l] == 0) {
                blowUpIteration[l] = it;
            }
        }
        boolean gradientsBroken = false;
        for (double n : norms) {
            gradientsBroken |= !Double.isFinite(n);
        }
        double threshold = spec.training().divergenceThreshold();
        if (Double.isFinite(loss) && loss <= threshold && !gradientsBroken) {
            return null;
        }
        int layer = -1;
        for (int l = 0; l < norms.length; l++) {
            if (blowUpIteration[l] == 0) {
                continue;
            }
            if (layer < 0 || blowUpIteration[l] < blowUpIteration[layer]
                    || (blowUpIteration[l] == blowUpIteration[layer] && growth(l, norms) > growth(layer, norms))) {
                layer = l;
            }
        }
        String what = Double.isNaN(loss) ? "the loss became NaN"
                : Double.isInfinite(loss) ? "the loss became infinite"
                : !Double.isFinite(loss) || loss > threshold ? "the loss reached " + String.format("%.3g", loss)
                        + " (above the divergence threshold " + String.format("%.3g", threshold) + ")"
                : "a gradient stopped being finite";
        String where = layer < 0 ? "" : "; the gradient of " + network.layerName(layer) + " blew up first, at iteration "
                + blowUpIteration[layer];
        String cause = what + " at iteration " + it + where
                + ". Try a smaller learning rate, gradient clipping or batch norm.";
        return new Divergence(it, layer, layer < 0 ? "" : network.layerName(layer), cause);
    }

    private double growth(int l, double[] norms) {
        return !Double.isFinite(norms[l]) ? Double.POSITIVE_INFINITY : norms[l] / Math.max(1e-300, firstGradientNorms[l]);
    }

    /** Ends the run for good: final evaluation on whole sets, then the summary and the state change. */
    void end(RunState endState, Divergence divergence, String message) {
        if (state.isTerminal()) {
            return;
        }
        state = endState;
        Evaluation train = null;
        Evaluation validation = null;
        Evaluation test = null;
        if (endState != RunState.DIVERGED && endState != RunState.FAILED) {
            train = network.evaluate(data.train());
            validation = data.validation().size() > 0 ? network.evaluate(data.validation()) : null;
            test = data.test().size() > 0 ? network.evaluate(data.test()) : null;
        }
        summary = new RunSummary(variant, spec, endState, stoppedEarly, trainer.steps(), epochsDone, bestEpoch,
                loss(train), accuracy(train), loss(validation), accuracy(validation), loss(test), accuracy(test),
                divergence, message, network == null ? null : network.backend().id(),
                data == null ? 0 : data.train().size(), data == null ? 0 : data.validation().size(),
                data == null ? 0 : data.test().size());
        String text = switch (endState) {
            case FINISHED -> stoppedEarly ? "stopped early after epoch " + epochsDone + " (best: epoch " + bestEpoch + ")"
                    : "finished after " + trainer.steps() + " iterations";
            case STOPPED -> "stopped at iteration " + trainer.steps();
            case DIVERGED -> "diverged: " + divergence.cause();
            case FAILED -> "failed: " + message;
            default -> "";
        };
        if (endState != RunState.FAILED) {
            publishFinalViews();
        }
        sink.accept(new StateChange(variant, endState, trainer.steps(), text, summary));
    }

    /**
     * The end of a run publishes every view that was ever asked for once more, before its state change, so
     * the views show the network as it ended (a run that finished between two of the views' requests would
     * otherwise leave them on an earlier iteration). A view that cannot be drawn from a broken network is
     * left as it was: the run's end must not fail on it.
     */
    private void publishFinalViews() {
        long now = trainer.steps();
        surfaceRequested = surfaceShown && publishedAt[0] != now;
        histogramsRequested = histogramsShown && publishedAt[1] != now;
        predictionsRequested = predictionsShown && publishedAt[2] != now;
        unitOutputsRequested = unitOutputsShown && publishedAt[3] != now;
        weightsRequested = weightsShown && publishedAt[4] != now;
        try {
            publishPendingViews();
        } catch (RuntimeException e) {
            surfaceRequested = false;
            histogramsRequested = false;
            predictionsRequested = false;
            unitOutputsRequested = false;
            weightsRequested = false;
        }
    }

    private static double loss(Evaluation e) {
        return e == null ? Double.NaN : e.loss();
    }

    private static double accuracy(Evaluation e) {
        return e == null ? Double.NaN : e.accuracy();
    }

    /** The decision surface over the training data's range, for 2-D inputs. */
    private void publishSurface() {
        if (data.inputCount() != 2) {
            return;
        }
        double[] box = planeBox();
        int n = surfaceResolution;
        float[] grid = planeGrid(box, n);
        float[] out = network.predict(grid, n * n);
        int k = data.outputCount();
        float[] values = new float[n * n];
        for (int i = 0; i < n * n; i++) {
            if (data.task() == Task.REGRESSION) {
                values[i] = out[i * k];
            } else if (k == 2) {
                values[i] = out[i * k + 1];
            } else {
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (out[i * k + c] > out[i * k + best]) {
                        best = c;
                    }
                }
                values[i] = best;
            }
        }
        sink.accept(new DecisionSurface(variant, trainer.steps(), n, box[0], box[1], box[2], box[3], values));
    }

    /** Weight and gradient histograms of every layer, 32 bins each. */
    private void publishHistograms() {
        final int bins = 32;
        double[] grads = network.gradient();
        LayerHistograms.Layer[] out = new LayerHistograms.Layer[network.layerCount()];
        for (int l = 0; l < out.length; l++) {
            int[] range = network.layerParameterRange(l);
            double[][] w = network.layerWeights(l);
            // the last row of layerWeights holds the biases; weights are the rows above it
            double[] weights = new double[(w.length - 1) * (w.length == 0 ? 0 : w[0].length)];
            int k = 0;
            for (int i = 0; i < w.length - 1; i++) {
                for (double v : w[i]) {
                    weights[k++] = v;
                }
            }
            double wl = LayerHistograms.limit(weights, 0, weights.length);
            double gl = LayerHistograms.limit(grads, range[0], range[1]);
            out[l] = new LayerHistograms.Layer(network.layerName(l), wl,
                    LayerHistograms.histogram(weights, 0, weights.length, bins, wl), gl,
                    LayerHistograms.histogram(grads, range[0], range[1], bins, gl));
        }
        sink.accept(new LayerHistograms(variant, trainer.steps(), out));
    }

    /** Predictions on the first test images (image classification only), in the images' own units. */
    private void publishPredictions() {
        Dataset test = data.test();
        if (!test.isImage() || data.task() != Task.CLASSIFICATION || test.size() == 0) {
            return;
        }
        int n = Math.min(predictionCount, test.size());
        int f = test.featureCount();
        float[] input = java.util.Arrays.copyOf(test.features(), n * f);
        float[] out = network.predict(input, n);
        int k = data.outputCount();
        int[] labels = java.util.Arrays.copyOf(test.labels(), n);
        int[] predicted = new int[n];
        float[] confidence = new float[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (out[i * k + c] > out[i * k + best]) {
                    best = c;
                }
            }
            predicted[i] = best;
            confidence[i] = out[i * k + best];
        }
        float[] pixels = new float[n * f];
        for (int i = 0; i < n * f; i++) {
            pixels[i] = data.normalization().invert(i % f, input[i]);
        }
        sink.accept(new TestPredictions(variant, trainer.steps(), test.imageWidth(), test.imageHeight(), pixels,
                labels, predicted, confidence, test.classNames()));
    }

    /** Every hidden unit's activation over the plane the decision surface covers (2-D data only). */
    private void publishUnitOutputs() {
        if (data.inputCount() != 2 || network.hiddenLayerCount() == 0) {
            return;
        }
        double[] box = planeBox();
        int n = unitResolution;
        float[][] acts = network.activations(planeGrid(box, n), n * n);
        int hidden = network.hiddenLayerCount();
        float[][][] out = new float[hidden][][];
        String[] names = new String[hidden];
        for (int l = 0; l < hidden; l++) {
            names[l] = network.layerName(l);
            int units = network.layerUnits(l);
            out[l] = new float[units][n * n];
            for (int p = 0; p < n * n; p++) {
                for (int j = 0; j < units; j++) {
                    out[l][j][p] = acts[l][p * units + j];
                }
            }
        }
        sink.accept(new UnitOutputs(variant, trainer.steps(), n, box[0], box[1], box[2], box[3], names, out));
    }

    /** A copy of each layer's weight matrix without its bias row. */
    private void publishWeights() {
        float[][][] out = new float[network.layerCount()][][];
        for (int l = 0; l < out.length; l++) {
            double[][] w = network.layerWeights(l);
            out[l] = new float[Math.max(0, w.length - 1)][];
            for (int i = 0; i + 1 < w.length; i++) {
                out[l][i] = new float[w[i].length];
                for (int j = 0; j < w[i].length; j++) {
                    out[l][i][j] = (float) w[i][j];
                }
            }
        }
        sink.accept(new LayerWeights(variant, trainer.steps(), out));
    }

    /** The training data's range in its own units, padded by a tenth: {minX, maxX, minY, maxY}. */
    private double[] planeBox() {
        Dataset train = data.train();
        float[] f = train.features();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < train.size(); i++) {
            double x = data.normalization().invert(0, f[2 * i]);
            double y = data.normalization().invert(1, f[2 * i + 1]);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double padX = pad(maxX - minX);
        double padY = pad(maxY - minY);
        return new double[] {minX - padX, maxX + padX, minY - padY, maxY + padY};
    }

    /**
     * A tenth of the data's range either side; a whole unit when the data have no range along an axis (one
     * training example, as in the primer): a box a millionth wide would show one value as a flat square.
     */
    static double pad(double range) {
        return range > 1e-3 ? 0.1 * range + 1e-6 : 1.0;
    }

    /** Cell centres of an n × n grid over {@code box}, row-major from minY, normalized as the network expects. */
    private float[] planeGrid(double[] box, int n) {
        float[] grid = new float[n * n * 2];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int k = 2 * (r * n + c);
                grid[k] = (float) (box[0] + (box[1] - box[0]) * (c + 0.5) / n);
                grid[k + 1] = (float) (box[2] + (box[3] - box[2]) * (r + 0.5) / n);
            }
        }
        data.normalization().applyInPlace(grid, 0, n * n);
        return grid;
    }

    /** At most {@code cap} examples of {@code data}, chosen once with the seed (the whole set when smaller). */
    static Dataset sample(Dataset data, int cap, long seed) {
        if (data.size() <= cap) {
            return data;
        }
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Seeds.shuffle(order, new SplittableRandom(seed));
        int[] pick = java.util.Arrays.copyOf(order, cap);
        java.util.Arrays.sort(pick);
        return data.subset(data.name() + " (evaluation sample)", pick);
    }
}
