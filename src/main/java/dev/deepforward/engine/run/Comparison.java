package dev.deepforward.engine.run;

import dev.deepforward.data.DataException;
import dev.deepforward.data.DataPreparer;
import dev.deepforward.data.PreparedData;
import dev.deepforward.engine.NativeThreads;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.Problems;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Several variants of one spec trained side by side on one thread, with the same seed: the same data,
 * split, shuffling order and (wherever shapes allow) the same initial draws, so their curves differ only
 * by what the variants change. A run without variants is a comparison of one ({@link TrainingRun}).
 *
 * <p>Events go to the sink from the training thread, tagged with the variant's name; the sink must not
 * block (the UI's is a {@link SnapshotQueue}).
 */
public class Comparison implements AutoCloseable {

    /** Side-by-side views hold at most this many variants. */
    public static final int MAX_VARIANTS = 4;

    private final RunSpec base;
    private final List<Variant> variants;
    private final RunWorker worker;

    Comparison(RunSpec base, List<Variant> variants, Consumer<RunEvent> sink) throws RunSetupException {
        this.base = base;
        this.variants = List.copyOf(variants);
        NativeThreads.ensureConfigured();
        // Variants may train on several threads (TrainingPool): one at a time into the caller's sink.
        Object sinkLock = new Object();
        Consumer<RunEvent> callerSink = sink;
        sink = e -> {
            synchronized (sinkLock) {
                callerSink.accept(e);
            }
        };
        List<RunCore> cores = new ArrayList<>();
        Map<DataKey, PreparedData> prepared = new HashMap<>();
        try {
            addCores(base, variants, sink, cores, prepared);
        } catch (RuntimeException e) {
            // Anything the network builder refuses is still a setup problem for the caller, not a crash.
            throw new RunSetupException("the network cannot be built: " + e.getMessage(), e);
        }
        this.worker = new RunWorker(cores, sink, "training " + base.name());
    }

    private static void addCores(RunSpec base, List<Variant> variants, Consumer<RunEvent> sink, List<RunCore> cores,
                                 Map<DataKey, PreparedData> prepared) throws RunSetupException {
        if (variants.isEmpty()) {
            RunSpec spec = checked(base, "spec");
            PreparedData data = data(spec, prepared);
            fits(List.of(spec), List.of(data));
            cores.add(new RunCore("", spec, data, sink));
        } else {
            List<RunSpec> specs = new ArrayList<>();
            List<PreparedData> datas = new ArrayList<>();
            for (int i = 0; i < variants.size(); i++) {
                Variant v = variants.get(i);
                Problems problems = new Problems();
                RunSpec spec = v.applyTo(base, "variants[" + i + "]", problems);
                if (spec == null) {
                    throw new RunSetupException("variant '" + v.name() + "' does not fit the spec:\n" + problems);
                }
                specs.add(spec);
                datas.add(data(spec, prepared));
            }
            fits(specs, datas);
            for (int i = 0; i < variants.size(); i++) {
                cores.add(new RunCore(variants.get(i).name(), specs.get(i), datas.get(i), sink));
            }
        }
    }

    /**
     * Refuses, before any network is built, runs whose memory estimate (every variant's network and
     * batch, the data once per distinct data set) exceeds what this process can give.
     */
    private static void fits(List<RunSpec> specs, List<PreparedData> datas) throws RunSetupException {
        long network = 0;
        long activations = 0;
        long data = 0;
        java.util.Set<PreparedData> counted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int batch = 0;
        for (int i = 0; i < specs.size(); i++) {
            MemoryEstimate e = MemoryEstimate.of(specs.get(i), datas.get(i));
            network += e.network();
            activations += e.activations();
            data += counted.add(datas.get(i)) ? e.data() : 0;
            batch = Math.max(batch, specs.get(i).training().batchSize());
        }
        String refusal = new MemoryEstimate(network, activations, data).refusal(batch);
        if (refusal != null) {
            throw new RunSetupException(refusal);
        }
    }

    /**
     * Sets up the variants of {@code base} (2–4 of them, unique names). Nothing trains until {@link #start()}
     * or {@link #step(long)}.
     */
    public static Comparison of(RunSpec base, List<Variant> variants, Consumer<RunEvent> sink)
            throws RunSetupException {
        if (variants.size() < 2 || variants.size() > MAX_VARIANTS) {
            throw new RunSetupException("a comparison needs 2 to " + MAX_VARIANTS + " variants (got "
                    + variants.size() + ")");
        }
        Set<String> names = new HashSet<>();
        for (Variant v : variants) {
            if (!names.add(v.name())) {
                throw new RunSetupException("two variants are called '" + v.name() + "'");
            }
        }
        return new Comparison(base, variants, sink);
    }

    private static RunSpec checked(RunSpec spec, String what) throws RunSetupException {
        Problems problems = spec.problems("");
        if (!problems.isEmpty()) {
            throw new RunSetupException("the " + what + " is invalid:\n" + problems);
        }
        return spec;
    }

    /** Variants with the same data spec and seed share one prepared copy of the data. */
    private static PreparedData data(RunSpec spec, Map<DataKey, PreparedData> cache) throws RunSetupException {
        DataKey key = DataKey.of(spec);
        PreparedData ready = cache.get(key);
        if (ready == null) {
            try {
                ready = DataPreparer.prepare(spec.data(), spec.seed());
            } catch (DataException e) {
                throw new RunSetupException("the data cannot be loaded: " + e.getMessage(), e);
            }
            cache.put(key, ready);
        }
        if (ready.train().size() == 0) {
            throw new RunSetupException("the split leaves no training data");
        }
        return ready;
    }

    public RunSpec baseSpec() {
        return base;
    }

    public List<Variant> variants() {
        return variants;
    }

    /** The variants' names in order ({@code ""} for a single run). */
    public List<String> variantNames() {
        return worker.cores().stream().map(c -> c.variant).toList();
    }

    /** The full spec each variant trains. */
    public List<RunSpec> specs() {
        return worker.cores().stream().map(c -> c.spec).toList();
    }

    public RunState state() {
        return worker.state();
    }

    /** Each variant's summary once it has ended (null entries for those still going). */
    public List<RunSummary> summaries() {
        return worker.cores().stream().map(RunCore::summary).toList();
    }

    /** Iterations in one epoch of each variant, in order (its training set over its batch size, rounded up). */
    public List<Integer> iterationsPerEpoch() {
        return worker.cores().stream().map(RunCore::iterationsPerEpoch).toList();
    }

    /** Examples in one epoch of each variant, in order: its training set's size. */
    public List<Integer> examplesPerEpoch() {
        return worker.cores().stream().map(RunCore::examplesPerEpoch).toList();
    }

    /** Iterations each variant runs in all (from its training spec and data size). */
    public long totalIterations() {
        return worker.cores().stream().mapToLong(RunCore::totalIterations).max().orElse(0);
    }

    public void start() {
        worker.start();
    }

    public void pause() {
        worker.pause();
    }

    public void resume() {
        worker.start();
    }

    public void step(long iterations) {
        worker.step(iterations);
    }

    public void stop() {
        worker.stop();
    }

    public void reset() {
        worker.reset();
    }

    public void setLearningRate(double eta) {
        worker.setLearningRate(eta);
    }

    public void setRegularization(double l1, double l2) {
        worker.setRegularization(l1, l2);
    }

    public void setSpeedLimit(double iterationsPerSecond) {
        worker.setSpeedLimit(iterationsPerSecond);
    }

    /**
     * Installs a measurement hook that every variant calls on the training thread before its first update
     * and after each update (see {@link ParameterProbe}); {@code null} removes it. Only before the run starts.
     */
    public void setParameterProbe(ParameterProbe probe) {
        if (worker.state() != RunState.IDLE) {
            throw new IllegalStateException("install a parameter probe before the run starts");
        }
        for (RunCore core : worker.cores()) {
            core.setParameterProbe(probe);
        }
    }

    /** Asks every variant for a decision surface of {@code resolution}² cells after its next iteration. */
    public void requestDecisionSurface(int resolution) {
        for (RunCore core : worker.cores()) {
            core.requestSurface(resolution);
        }
        worker.publishViews();
    }

    /** Asks every variant for weight and gradient histograms after its next iteration. */
    public void requestHistograms() {
        for (RunCore core : worker.cores()) {
            core.requestHistograms();
        }
        worker.publishViews();
    }

    /**
     * Asks every variant for its predictions on the first {@code count} test images after its next
     * iteration (image classification only; see {@link TestPredictions}).
     */
    public void requestTestPredictions(int count) {
        for (RunCore core : worker.cores()) {
            core.requestPredictions(count);
        }
        worker.publishViews();
    }

    /**
     * Asks every variant for each hidden unit's output over a {@code resolution}² grid of the input plane
     * after its next iteration (2-D data only; see {@link UnitOutputs}).
     */
    public void requestUnitOutputs(int resolution) {
        for (RunCore core : worker.cores()) {
            core.requestUnitOutputs(resolution);
        }
        worker.publishViews();
    }

    /** Asks every variant for a copy of its weights after its next iteration (see {@link LayerWeights}). */
    public void requestWeights() {
        for (RunCore core : worker.cores()) {
            core.requestWeights();
        }
        worker.publishViews();
    }

    /**
     * A copy of variant {@code index}'s current weights, to start other runs from. Call it when the run has
     * settled (paused or ended), so the weights are not changing under the copy.
     */
    public TrainedWeights trainedWeights(int index) {
        if (worker.state() == RunState.RUNNING) {
            throw new IllegalStateException("pause the run before copying its weights");
        }
        return new TrainedWeights(worker.cores().get(index).network());
    }

    /**
     * Transfer learning: every variant starts from the first {@code layers} hidden layers of {@code source}
     * (and so does every reset); the output layer stays new. Layers marked {@code frozen} in a variant's
     * spec keep the transferred weights, the others fine-tune them. Only before the run has started.
     *
     * @throws IllegalArgumentException when the shapes of the layers differ
     */
    public void transferFrom(TrainedWeights source, int layers) {
        if (worker.state() != RunState.IDLE) {
            throw new IllegalStateException("transfer weights before the run starts (or after a reset)");
        }
        for (RunCore core : worker.cores()) {
            core.transferFrom(source, layers);
        }
    }

    /**
     * Transfer learning into some variants only: the variants named in {@code variantNames} start from the
     * first {@code layers} hidden layers of {@code source} (and so does every reset), as
     * {@link #transferFrom(TrainedWeights, int)} does for all; the others keep their own initial weights (a
     * "from scratch" baseline trained side by side). Only before the run has started.
     *
     * @throws IllegalArgumentException when a name is not a variant of this comparison (nothing is transferred
     *                                  then), or when the shapes of the layers differ
     */
    public void transferFrom(TrainedWeights source, int layers, java.util.Collection<String> variantNames) {
        if (worker.state() != RunState.IDLE) {
            throw new IllegalStateException("transfer weights before the run starts (or after a reset)");
        }
        List<String> known = variantNames();
        for (String name : variantNames) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("no variant '" + name + "' in this comparison; its variants: "
                        + String.join(", ", known));
            }
        }
        for (RunCore core : worker.cores()) {
            if (variantNames.contains(core.variant)) {
                core.transferFrom(source, layers);
            }
        }
    }

    /** Waits until training has paused, ended or been reset; false on timeout. */
    public boolean awaitSettled(long timeout, TimeUnit unit) throws InterruptedException {
        return worker.awaitSettled(timeout, unit);
    }

    /** Stops the thread; the run can no longer be used. */
    @Override
    public void close() {
        worker.stop();
        worker.close();
    }
}
