package dev.deepforward.engine.nas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.deepforward.data.DataException;
import dev.deepforward.data.DataPreparer;
import dev.deepforward.data.Dataset;
import dev.deepforward.data.PreparedData;
import dev.deepforward.data.Seeds;
import dev.deepforward.engine.Evaluation;
import dev.deepforward.engine.NativeThreads;
import dev.deepforward.engine.Network;
import dev.deepforward.engine.Precision;
import dev.deepforward.engine.Trainer;
import dev.deepforward.engine.run.JobThread;
import dev.deepforward.engine.run.IterationMetrics;
import dev.deepforward.engine.run.RunSetupException;
import dev.deepforward.engine.run.RunState;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.engine.run.TrainingRun;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.ArchitectureSearchSpec;
import dev.deepforward.spec.LayerKind;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.Problems;
import dev.deepforward.spec.RunSpec;

/**
 * Differentiable architecture search over each hidden layer's activation — first-order DARTS, small
 * enough to watch — on a background thread, with progress events and cancel.
 *
 * <h2>The method</h2>
 * <ol>
 *   <li>The <em>supernet</em>: the base spec's network with every dense hidden layer in mixed-activation
 *       mode, g(z) = Σ_k softmax(α)_k·g_k(z) over the candidates, α = 0 (uniform 1/K) at the start,
 *       weights drawn as the base spec's seed draws them.</li>
 *   <li>Each search iteration alternates one weight step on a training minibatch (the base spec's optimizer,
 *       learning rate, schedule, regularization; α untouched) and one α step on a validation minibatch,
 *       using ∂L_val/∂α at the current weights (first order: no look-ahead through the weight step, i.e.
 *       DARTS with ξ = 0), by the search's own optimizer ({@link MixtureOptimizer}).</li>
 *   <li>Each layer keeps its strongest candidate, argmax α, giving the derived spec (only the activations
 *       change; init, width, batch norm, dropout stay; shape α back to each activation's default).</li>
 *   <li>The derived network is retrained from scratch with the same seed, as an ordinary
 *       {@link TrainingRun}, and its validation and test results are reported.</li>
 * </ol>
 * The search trains on the plain training set (no augmentation) and reads validation batches in training
 * mode, so batch norm's running statistics also see validation data; both only affect the supernet,
 * which is thrown away. The test set is never touched before the retrained network's final evaluation.
 *
 * <h2>Determinism</h2>
 * Weight init, training order (the same "shuffle" stream a {@link TrainingRun} uses), validation order
 * and dropout masks all derive from the base spec's seed, so the same spec and search spec give the same
 * α trajectory, bit for bit.
 */
public final class ArchitectureSearch implements AutoCloseable {

    private final RunSpec base;
    private final ArchitectureSearchSpec search;
    private final Consumer<ArchitectureEvent> sink;
    private final List<MixtureSnapshot> trajectory = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean cancelled;
    private volatile ArchitectureSearchResult result;
    private volatile TrainingRun retraining;
    private final JobThread thread = new JobThread();

    /**
     * @throws RunSetupException when the spec or the search spec has problems, or no hidden layer could mix
     */
    public ArchitectureSearch(RunSpec base, ArchitectureSearchSpec search, Consumer<ArchitectureEvent> sink)
            throws RunSetupException {
        Problems problems = base.problems("");
        problems.addAll(search.problems("search"));
        if (base.data().validationFraction() <= 0) {
            problems.add("data.validationFraction", "the α steps need validation data: set a fraction above 0");
        }
        if (base.network().hidden().stream().noneMatch(l -> l.kind() == LayerKind.DENSE)) {
            problems.add("network.hidden", "no dense hidden layer whose activation could be searched");
        }
        if (!problems.isEmpty()) {
            throw new RunSetupException("the architecture search cannot start:\n" + problems);
        }
        this.base = base;
        this.search = search;
        this.sink = sink == null ? e -> { } : sink;
    }

    /**
     * The base spec with hidden layer i's activation set to {@code activations.get(i)}; maxout layers and
     * everything else stay. A layer's shape α (leaky slope, ELU's α) goes back to the activation's default,
     * the value the mixture used.
     */
    public static RunSpec derive(RunSpec base, List<Activation> activations) {
        List<LayerSpec> hidden = new ArrayList<>();
        List<LayerSpec> old = base.network().hidden();
        if (activations.size() != old.size()) {
            throw new IllegalArgumentException(activations.size() + " activations for " + old.size() + " layers");
        }
        for (int i = 0; i < old.size(); i++) {
            LayerSpec l = old.get(i);
            hidden.add(l.kind() == LayerKind.MAXOUT ? l : l.withActivation(activations.get(i)).withAlpha(null));
        }
        return base.withNetwork(base.network().withHidden(hidden));
    }

    /** Starts the search on a background thread (once). */
    public void start() {
        thread.start(this::runGuarded, "architecture search " + base.name());
    }

    /** Stops at the next iteration (of the search or of the retraining); a result with state STOPPED follows. */
    public void cancel() {
        cancelled = true;
        TrainingRun r = retraining;
        if (r != null) {
            r.stop();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Waits for the search (and retraining) to end; false on timeout. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return thread.await(timeout, unit);
    }

    /** The outcome once the search has ended, else null. */
    public ArchitectureSearchResult result() {
        return result;
    }

    /** The mixture snapshots published so far. */
    public List<MixtureSnapshot> trajectory() {
        synchronized (trajectory) {
            return List.copyOf(trajectory);
        }
    }

    @Override
    public void close() {
        cancel();
        try {
            await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ the search thread

    private void runGuarded() {
        long start = System.nanoTime();
        ArchitectureSearchResult r;
        try {
            r = run(start);
        } catch (RuntimeException e) {
            r = new ArchitectureSearchResult(RunState.FAILED, "failed: " + e.getMessage(), List.of(), null, 0, 0,
                    seconds(start), null, 0, 0, trajectory());
        }
        result = r;
        sink.accept(r);
    }

    private ArchitectureSearchResult run(long start) {
        NativeThreads.ensureConfigured();
        PreparedData data;
        try {
            data = DataPreparer.prepare(base.data(), base.seed());
        } catch (DataException e) {
            return failed("the data cannot be loaded: " + e.getMessage(), start);
        }
        Dataset validation = data.validation();
        if (validation.size() == 0) {
            return failed("the split left no validation data for the α steps", start);
        }
        long runIterations = base.training().totalIterations(data.train().size());
        long total = search.effectiveIterations(base.training(), data.train().size());
        Network net = Network.createMixed(base.network(), base.training(), data.inputCount(), data.outputCount(),
                data.task(), base.seed(), Precision.FLOAT, search.candidates());
        net.setTotalIterations(total);
        Trainer trainer = new Trainer(net, data.train(), base.training().batchSize(),
                Seeds.derive(base.seed(), "shuffle"));
        int alphaBatch = Math.min(validation.size(),
                search.alphaBatchSize() > 0 ? search.alphaBatchSize() : base.training().batchSize());
        Batches valBatches = new Batches(validation.size(), alphaBatch,
                Seeds.random(base.seed(), "architecture-validation"));
        int layers = net.hiddenLayerCount();
        MixtureOptimizer optimizer = new MixtureOptimizer(search, layers, search.candidates().size());

        publish(snapshot(net, 0, total, Double.NaN, Double.NaN));
        long done = 0;
        RunState state = RunState.FINISHED;
        String message = "";
        while (done < total) {
            if (cancelled) {
                state = RunState.STOPPED;
                message = "cancelled after " + done + " search iterations";
                break;
            }
            // 1. weights: one step on a training batch at the current α
            double trainLoss = trainer.step();
            if (!Double.isFinite(trainLoss) || trainLoss > base.training().divergenceThreshold()) {
                state = RunState.DIVERGED;
                message = "the search's training loss reached " + trainLoss + " at iteration " + (done + 1)
                        + ". Try a smaller learning rate.";
                done++;
                break;
            }
            // 2. α: one step on a validation batch with ∂L_val/∂α at the weights just reached
            int from = valBatches.next();
            double valLoss = net.computeMixtureGradient(validation, valBatches.order, from, valBatches.count);
            optimizer.nextStep();
            for (int l = 0; l < layers; l++) {
                if (net.isMixedLayer(l)) {
                    double[] alpha = net.mixtureLogits(l);
                    optimizer.update(l, alpha, net.mixtureGradient(l));
                    net.setMixtureLogits(l, alpha);
                }
            }
            done++;
            if (done == 1 || done % search.publishEvery() == 0 || done == total) {
                publish(snapshot(net, done, total, trainLoss, valLoss));
            }
        }
        double searchSeconds = seconds(start);
        if (state != RunState.FINISHED) {
            return new ArchitectureSearchResult(state, message, List.of(), null, done, done, searchSeconds, null, 0,
                    runIterations, trajectory());
        }

        List<Activation> chosen = new ArrayList<>();
        double[][] weights = new double[layers][];
        for (int l = 0; l < layers; l++) {
            LayerSpec spec = base.network().hidden().get(l);
            if (net.isMixedLayer(l)) {
                weights[l] = net.mixtureWeights(l);
                chosen.add(search.candidates().get(argmax(weights[l])));
            } else {
                weights[l] = new double[0];
                chosen.add(spec.activation());
            }
        }
        RunSpec derived = derive(base, chosen);
        Evaluation supernet = net.evaluate(validation);
        sink.accept(new DerivedArchitecture(List.copyOf(chosen), weights, derived, supernet.loss(),
                supernet.accuracy()));
        if (!search.retrain()) {
            return new ArchitectureSearchResult(RunState.FINISHED, "derived " + chosen, List.copyOf(chosen), derived,
                    done, done, searchSeconds, null, 0, runIterations, trajectory());
        }

        long retrainStart = System.nanoTime();
        RunSummary summary = retrain(derived);
        double retrainSeconds = seconds(retrainStart);
        RunState end = summary == null ? RunState.FAILED
                : summary.state() == RunState.STOPPED ? RunState.STOPPED : RunState.FINISHED;
        String text = summary == null ? "the derived network could not be retrained"
                : "derived " + chosen + "; retrained: " + summary.state().name().toLowerCase(java.util.Locale.ROOT);
        return new ArchitectureSearchResult(end, text, List.copyOf(chosen), derived, done, done, searchSeconds, summary,
                retrainSeconds, runIterations, trajectory());
    }

    /** Trains {@code spec} from scratch as an ordinary run and waits for it (or for a cancel). */
    private RunSummary retrain(RunSpec spec) {
        long every = search.publishEvery();
        TrainingRun run;
        try {
            run = TrainingRun.of(spec, event -> {
                if (event instanceof IterationMetrics m && m.iteration() % every == 0) {
                    sink.accept(new RetrainProgress(m.iteration(), retraining == null ? 0
                            : retraining.totalIterations(), m.loss()));
                }
            });
        } catch (RunSetupException e) {
            return null;
        }
        retraining = run;
        try {
            if (cancelled) {
                run.stop();
            } else {
                run.start();
            }
            while (!run.awaitSettled(100, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    run.stop();
                }
            }
            return run.summary();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.stop();
            return run.summary();
        } finally {
            run.close();
        }
    }

    private MixtureSnapshot snapshot(Network net, long iteration, long total, double trainLoss, double valLoss) {
        double[][] w = new double[net.hiddenLayerCount()][];
        for (int l = 0; l < w.length; l++) {
            w[l] = net.isMixedLayer(l) ? net.mixtureWeights(l) : new double[0];
        }
        return new MixtureSnapshot(iteration, total, trainLoss, valLoss, w, search.candidates());
    }

    private void publish(MixtureSnapshot s) {
        trajectory.add(s);
        sink.accept(s);
    }

    private ArchitectureSearchResult failed(String message, long start) {
        return new ArchitectureSearchResult(RunState.FAILED, message, List.of(), null, 0, 0, seconds(start), null, 0,
                0, trajectory());
    }

    /** The first index of the largest value (ties go to the earlier candidate, so the order of the list decides). */
    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Minibatches of a fixed set in reshuffled order, epoch after epoch (the validation side of the search). */
    private static final class Batches {
        final int[] order;
        final int batch;
        final SplittableRandom random;
        int position;
        int count;

        Batches(int size, int batch, SplittableRandom random) {
            this.order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            this.batch = batch;
            this.random = random;
            Seeds.shuffle(order, random);
        }

        /** Start of the next batch in {@link #order}; its length is then in {@link #count}. */
        int next() {
            if (position >= order.length) {
                position = 0;
                Seeds.shuffle(order, random);
            }
            int from = position;
            count = Math.min(batch, order.length - position);
            position += count;
            return from;
        }
    }
}
