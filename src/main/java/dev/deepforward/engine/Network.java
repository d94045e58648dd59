package dev.deepforward.engine;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import dev.deepforward.data.Dataset;
import dev.deepforward.data.Task;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.ClippingMode;
import dev.deepforward.spec.ClippingSpec;
import dev.deepforward.spec.LayerKind;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.TrainingSpec;

/**
 * A feed-forward network written directly on ND4J arrays: the engine's numerical core.
 *
 * <h2>What is computed</h2>
 * Hidden layers as in {@link HiddenLayer} (affine map, optional batch norm, activation, inverted dropout),
 * then the output layer and loss of {@link OutputLayer}. The cost minimized on a minibatch of m examples is
 * the course's
 * <pre>
 *   J = loss + λ₁/m · Σ|W| + λ₂/(2m) · ΣW²
 * </pre>
 * with the sums over the weights of every layer (output included) but not over biases, γ, β or α; its
 * gradient adds λ₁/m·sign(W) + λ₂/m·W to dJ/dW (sign(0) = 0). λ₁, λ₂ and the base learning rate can be
 * changed between steps.
 *
 * <h2>Memory</h2>
 * All parameters are one flat native buffer and all gradients another of the same layout (each layer's
 * W, b, γ, β, α are ranges of them, see {@link #layerParameterRange(int)}), so an optimizer step is one
 * loop. Every work array is allocated when the network is made (for the training batch size) or at the
 * first evaluation: a training step allocates nothing. A shorter batch (the last one of an epoch) uses
 * the first rows of the same buffers. A wide ReLU layer of a network big enough for its step to be split
 * stores its W (and so its gradient and optimizer state) as two column panels, one per step thread
 * ({@link HiddenLayer#usePanels}); the parameter vector seen from outside ({@link #parameters()},
 * {@link #gradient()}, {@link #parameter(int)}) is always row-major.
 *
 * <h2>Layer numbering</h2>
 * Layer i (0-based) is hidden layer i + 1 for i &lt; {@link #hiddenLayerCount()}; the last index is the
 * output layer. Probes use the same numbering.
 *
 * <h2>Mixed activations (architecture search)</h2>
 * A network made by {@link #createMixed} runs every dense hidden layer in mixed-activation mode:
 * h = Σ_k softmax(α)_k·g_k(u) over the given candidates (see {@code MixedActivation}). The architecture
 * logits α are not parameters in the sense above: they live outside the flat buffers, no weight step or
 * regularization term touches them, and {@link #parameterCount()} does not count them. Every backward pass
 * also leaves dJ/dα ({@link #mixtureGradient(int)}); {@link #computeMixtureGradient} gets it from a
 * batch (validation data, in DARTS) without disturbing the training step's buffers or probes; the caller
 * moves α with its own optimizer through {@link #setMixtureLogits(int, double[])}.
 *
 * <h2>Threads</h2>
 * A network is not thread-safe; one training thread owns it. Different networks may train on different
 * threads.
 */
public final class Network {

    /** Examples per chunk when evaluating or predicting whole datasets. */
    static final int EVAL_CAPACITY = 512;
    /** Iterations between flushes of tiny optimizer state values. */
    static final int DENORMAL_FLUSH_INTERVAL = 100;

    private final NetworkSpec networkSpec;
    private final TrainingSpec trainingSpec;
    private final int inputs;
    private final int outputs;
    private final Task task;
    private final long seed;
    private final Precision precision;
    /**
     * The kernels of the current step: {@link #base}, or {@link #split} during a training step that uses two
     * threads (evaluation and probes always run on {@link #base}, on whichever thread calls them).
     */
    private Kernels mm;
    private final Kernels base;
    /** Two-thread kernels and their helper (null while steps use one thread). */
    private SplitBlas split;
    private boolean wantTwoThreads;
    private Update updaterSibling;
    private java.lang.ref.Cleaner.Cleanable helperCleanup;
    private final UpdateHalf updateHalf = new UpdateHalf();
    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    private final Mem params;
    private final Mem grads;
    private final Mem state;
    private final HiddenLayer[] hidden;
    private final OutputLayer output;
    private final int[] starts;
    private final int[] ends;
    /** End of each layer's W-and-b part (start of γ, β, α). */
    private final int[] weightEnds;
    /** Number of weights (not biases) of each layer: they start at the layer's start. */
    private final int[] weightCounts;
    private final boolean[] frozen;
    /** Each layer's parameter and gradient ranges as vectors, for the BLAS update of plain SGD. */
    private final Block[] paramVectors;
    private final Block[] gradVectors;
    /**
     * All layers' parameters and gradients as one vector each when the layers' ranges follow each other, else null:
     * the ND4J backend updates them in one call instead of one per layer ({@link #applyKeptUpdate}).
     */
    private final Block paramsAll;
    private final Block gradsAll;
    /** Each layer's W-and-b part of the gradient and of the parameters as vectors, for BLAS sums. */
    private final Block[] gradWeightVectors;
    /** Each layer's weights without the bias row, as vectors: one, or one per panel ({@link HiddenLayer#usePanels}). */
    private final Block[][] paramWeightVectors;
    /** Per layer, the flat ranges {from, to, from, to, …} of its weights (bias rows left out), and of its biases. */
    private final int[][] weightRanges;
    private final int[][] biasRanges;
    private final Update updater;

    private Pass trainPass;
    private Pass evalPass;
    /** Mixed networks: the pass of architecture-gradient steps, so they leave the training pass's probes alone. */
    private Pass mixturePass;
    /** Per hidden layer its mixture, or null (ordinary layers; every entry null in an ordinary network). */
    private final MixedActivation[] mixes;
    private final List<Activation> mixtureCandidates;
    private final SplittableRandom dropoutRandom;
    private boolean dropoutMaskFrozen;
    private boolean maskDrawn;

    private double learningRate;
    private double l1;
    private double l2;
    private ClippingSpec clipping;
    private long totalIterations;
    private long iteration;

    // probe values of the last step
    private int lastBatch;
    private double lastDataLoss = Double.NaN;
    private double lastRegularization;
    private final double[] preClipGradSq;
    /** ‖∂J/∂W‖² per layer, weights only (the bias row of W's block left out), before clipping. */
    private final double[] preClipWeightGradSq;
    private final double[] preClipGradAbs;
    private final double[] appliedGradSq;
    private final double[] updateSq;
    /**
     * ND4J backend: Σ Δθ² of the last update not taken yet ({@link #settleUpdateSquares}); only the layer probe reads
     * it, and on that backend it is a pass of its own over every parameter, which the direct backend's update takes
     * in its loop.
     */
    private boolean updateSqPending;
    private double pendingEta;
    private boolean pendingSgd;
    private final double[] layerSq;
    private boolean preClipKnown;

    private Network(NetworkSpec networkSpec, TrainingSpec trainingSpec, int inputs, int outputs, Task task,
                    long seed, Precision precision, List<Activation> candidates, Backend backend) {
        this.networkSpec = Objects.requireNonNull(networkSpec);
        this.trainingSpec = Objects.requireNonNull(trainingSpec);
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("need at least one input and one output");
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.task = Objects.requireNonNull(task);
        this.seed = seed;
        this.precision = precision;
        NativeThreads.ensureConfigured();
        this.base = Kernels.of(backend.resolve(networkSpec.parameterCount(inputs, outputs),
                Math.max(1, trainingSpec.batchSize())));
        this.mm = base;

        List<LayerSpec> specs = networkSpec.hidden();
        int n = specs.size() + 1;
        int total = 0;
        int stateTotal = 0;
        int fanIn = inputs;
        for (LayerSpec s : specs) {
            total += HiddenLayer.parameterCount(s, fanIn);
            stateTotal += HiddenLayer.stateCount(s);
            fanIn = s.units();
        }
        total += (fanIn + 1) * outputs;
        this.params = Mem.allocate(precision, total);
        this.grads = Mem.allocate(precision, total);
        this.state = stateTotal > 0 ? Mem.allocate(precision, stateTotal) : null;

        this.hidden = new HiddenLayer[specs.size()];
        this.mixes = new MixedActivation[specs.size()];
        this.mixtureCandidates = candidates == null ? List.of() : List.copyOf(candidates);
        this.starts = new int[n];
        this.ends = new int[n];
        this.weightEnds = new int[n];
        this.weightCounts = new int[n];
        this.frozen = new boolean[n];
        int at = 0;
        int stateAt = 0;
        fanIn = inputs;
        for (int i = 0; i < specs.size(); i++) {
            LayerSpec s = specs.get(i);
            // the mixture's α are separate arrays, so the flat layout (and every offset) is as without it
            MixedActivation mix = !mixtureCandidates.isEmpty() && s.kind() == LayerKind.DENSE
                    ? new MixedActivation(mixtureCandidates) : null;
            mixes[i] = mix;
            HiddenLayer layer = new HiddenLayer(i, s, fanIn, params, grads, at, state, stateAt, mix);
            if (panels(layer, total, n)) {
                layer.usePanels(SplitBlas.cut16(layer.nZ));
            }
            hidden[i] = layer;
            starts[i] = layer.start;
            ends[i] = layer.end;
            weightEnds[i] = layer.start + (fanIn + 1) * layer.nZ;
            weightCounts[i] = fanIn * layer.nZ;
            frozen[i] = s.frozen();
            layer.initialize(WeightInitializer.layerSeed(seed, i));
            at = layer.end;
            stateAt += HiddenLayer.stateCount(s);
            fanIn = s.units();
        }
        this.output = new OutputLayer(n - 1, networkSpec.output(), trainingSpec.loss(), task, fanIn, outputs,
                params, grads, at);
        output.initialize(WeightInitializer.layerSeed(seed, n - 1));
        starts[n - 1] = output.start;
        ends[n - 1] = output.end;
        weightEnds[n - 1] = output.end;
        weightCounts[n - 1] = fanIn * outputs;
        frozen[n - 1] = networkSpec.output().frozen();

        this.paramVectors = new Block[n];
        this.gradVectors = new Block[n];
        this.gradWeightVectors = new Block[n];
        this.paramWeightVectors = new Block[n][];
        this.weightRanges = new int[n][];
        this.biasRanges = new int[n][];
        for (int l = 0; l < n; l++) {
            int len = ends[l] - starts[l];
            paramVectors[l] = new Block(params, starts[l], 1, len, len);
            gradVectors[l] = new Block(grads, starts[l], 1, len, len);
            int wb = weightEnds[l] - starts[l];
            gradWeightVectors[l] = new Block(grads, starts[l], 1, wb, wb);
            HiddenLayer h = l < hidden.length ? hidden[l] : null;
            if (h != null && h.panelCut > 0) {
                // each panel's weights (its rows but the last), then its bias row
                int a = starts[l];
                int b = a + (h.nIn + 1) * h.panelCut;
                int na = h.nIn * h.panelCut;
                int nb = h.nIn * (h.nZ - h.panelCut);
                weightRanges[l] = new int[] {a, a + na, b, b + nb};
                biasRanges[l] = new int[] {a + na, b, b + nb, weightEnds[l]};
            } else {
                weightRanges[l] = new int[] {starts[l], starts[l] + weightCounts[l]};
                biasRanges[l] = new int[] {starts[l] + weightCounts[l], weightEnds[l]};
            }
            paramWeightVectors[l] = new Block[weightRanges[l].length / 2];
            for (int k = 0; k < paramWeightVectors[l].length; k++) {
                int from = weightRanges[l][2 * k];
                int count = weightRanges[l][2 * k + 1] - from;
                paramWeightVectors[l][k] = new Block(params, from, 1, count, count);
            }
        }
        boolean contiguous = true;
        for (int l = 1; l < n; l++) {
            contiguous &= starts[l] == ends[l - 1];
        }
        int all = ends[n - 1] - starts[0];
        this.paramsAll = contiguous ? new Block(params, starts[0], 1, all, all) : null;
        this.gradsAll = contiguous ? new Block(grads, starts[0], 1, all, all) : null;
        this.updater = mm.optimizer(trainingSpec.optimizer(), precision, total);
        this.learningRate = trainingSpec.learningRate();
        this.l1 = trainingSpec.l1();
        this.l2 = trainingSpec.l2();
        this.clipping = trainingSpec.clipping();
        this.totalIterations = Math.max(1, trainingSpec.iterations() > 0 ? trainingSpec.iterations() : 1);
        this.dropoutRandom = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.preClipGradSq = new double[n];
        this.preClipWeightGradSq = new double[n];
        this.preClipGradAbs = new double[n];
        this.appliedGradSq = new double[n];
        this.updateSq = new double[n];
        this.layerSq = new double[n];
        this.trainPass = new Pass(Math.max(1, trainingSpec.batchSize()), true);
        setStepThreads(StepThreads.forStep(total, trainingSpec.batchSize(), n));
    }

    /**
     * Lets training steps use {@code n} threads: 2 cuts every big product and the optimizer's update in two
     * halves, one for a helper thread (direct backend only; see {@link StepThreads}); 1 is the plain step.
     * The results are the same either way. Networks get {@link StepThreads#forStep} when made.
     */
    public void setStepThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be positive: " + n);
        }
        wantTwoThreads = n >= 2 && base == DirectBlas.INSTANCE;
        if (!wantTwoThreads && split != null) {
            helperCleanup.clean();
            split = null;
            updaterSibling = null;
            helperCleanup = null;
            mm = base;
        }
    }

    /** The threads a training step uses (1 or 2; 1 while networks train side by side on the pool). */
    public int stepThreads() {
        return wantTwoThreads ? 2 : 1;
    }

    /**
     * Whether a hidden layer stores W as two column panels ({@link HiddenLayer#usePanels}): on by default
     * ({@code -Ddeepforward.panels=false} turns it off) for a float ReLU layer without batch norm, dropout,
     * maxout or mixing on the direct kernels, in a network big enough for its step to be split
     * ({@link StepThreads#SPLIT_WORK_PER_LAYER}) and with a product of this layer worth splitting. Decided by
     * the network's shape alone, never by the threads a step uses now, so one thread and two compute the
     * same numbers: a step on one thread does the panels' products one after the other.
     */
    private boolean panels(HiddenLayer layer, long parameters, int layers) {
        if (!PANELS || base != DirectBlas.INSTANCE || precision != Precision.FLOAT || !layer.plainRelu()
                || layer.nZ < 32) {
            return false;
        }
        long batch = Math.max(1, trainingSpec.batchSize());
        return parameters * batch / Math.max(1, layers) >= StepThreads.SPLIT_WORK_PER_LAYER
                && (long) (layer.nIn + 1) * layer.nZ * batch >= SplitBlas.MIN_SPLIT_WORK;
    }

    static final boolean PANELS = !"false".equals(System.getProperty("deepforward.panels"));

    /**
     * Chooses the kernels of the next step: the split ones unless networks train side by side. The helper
     * thread starts at the first step that uses it (networks that are never trained start none).
     */
    private void chooseKernels() {
        if (wantTwoThreads && split == null && !StepThreads.crowded()) {
            StepHelper helper = new StepHelper();
            split = new SplitBlas(helper);
            updaterSibling = updater.sibling();
            helperCleanup = CLEANER.register(this, helper::close);
        }
        mm = split != null && !StepThreads.crowded() && split.helper().keepingUp() ? split : base;
    }

    /**
     * A network for the given specs, with weights drawn from {@code seed}.
     *
     * @param inputs  features per example
     * @param outputs classes (classification) or targets (regression)
     */
    public static Network create(NetworkSpec network, TrainingSpec training, int inputs, int outputs, Task task,
                                 long seed, Precision precision) {
        return create(network, training, inputs, outputs, task, seed, precision, Backend.processDefault());
    }

    /** As {@link #create(NetworkSpec, TrainingSpec, int, int, Task, long, Precision)} on a chosen backend. */
    public static Network create(NetworkSpec network, TrainingSpec training, int inputs, int outputs, Task task,
                                 long seed, Precision precision, Backend backend) {
        return new Network(network, training, inputs, outputs, task, seed, precision, null, backend);
    }

    /**
     * A network whose dense hidden layers mix the given candidate activations (architecture search): each
     * such layer computes Σ_k softmax(α)_k·g_k(u), α starting at 0 (every p_k = 1/K). The layers' own
     * {@code activation} fields are ignored; maxout layers stay as they are. Weights are drawn exactly as
     * {@link #create} draws them for the same spec and seed.
     *
     * @param candidates K ≥ 1 element-wise activations (not maxout, not PReLU), in the order α is indexed
     */
    public static Network createMixed(NetworkSpec network, TrainingSpec training, int inputs, int outputs,
                                      Task task, long seed, Precision precision, List<Activation> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("a mixed network needs candidate activations");
        }
        return new Network(network, training, inputs, outputs, task, seed, precision, candidates,
                Backend.processDefault());
    }

    /** A float network sized for {@code data}. */
    public static Network forDataset(NetworkSpec network, TrainingSpec training, Dataset data, long seed) {
        return forDataset(network, training, data, seed, Backend.processDefault());
    }

    /** A float network sized for {@code data}, on a chosen backend. */
    public static Network forDataset(NetworkSpec network, TrainingSpec training, Dataset data, long seed,
                                     Backend backend) {
        return create(network, training, data.featureCount(), data.outputCount(), data.task(), seed,
                Precision.FLOAT, backend);
    }

    /** The backend this network computes on (never {@link Backend#AUTO}). */
    public Backend backend() {
        return mm.backend();
    }

    // ------------------------------------------------------------------ buffers of one pass

    /** The work arrays of forward (and backward) passes of up to {@code capacity} examples. */
    private final class Pass {
        final int capacity;
        final Block x;
        final Block xWithOnes;
        /** A column of ones: the bias input when the layout has no ones column. */
        final Block ones;
        final HiddenLayer.Buffers[] layers;
        final OutputLayer.Buffers out;
        final int[] labels;
        /** Input dropout (training passes only): the loaded inputs before the mask, and the mask (scale or 0). */
        final float[] rawX;
        final float[] inputMask;

        Pass(int capacity, boolean backward) {
            this.capacity = capacity;
            boolean withOnes = mm.onesColumn();
            x = withOnes ? Block.allocateWithOnes(precision, capacity, inputs) : Block.allocate(precision, capacity, inputs);
            xWithOnes = withOnes ? x.withOnes() : x;
            ones = Block.allocate(precision, capacity, 1);
            ones.mem.fill(1.0);
            boolean dropInputs = backward && networkSpec.inputDropout() > 0;
            rawX = dropInputs ? new float[capacity * inputs] : null;
            inputMask = dropInputs ? new float[capacity * inputs] : null;
            layers = new HiddenLayer.Buffers[hidden.length];
            HiddenLayer.Scratch scratch = new HiddenLayer.Scratch();
            for (int i = 0; i < hidden.length; i++) {
                layers[i] = hidden[i].buffers(precision, capacity, backward, scratch, withOnes, mm.wideLayers());
            }
            out = output.buffers(precision, capacity, backward);
            labels = new int[capacity];
        }

        Block inputOf(int layer) {
            return layer == 0 ? xWithOnes : layers[layer - 1].aWithOnes;
        }

        /** Layer i's second partial product of dJ/da when the layer above is in panels (allocated on first use). */
        private Block[] partials;

        Block partial(int i) {
            if (partials == null) {
                partials = new Block[layers.length];
            }
            if (partials[i] == null) {
                partials[i] = Block.allocate(precision, capacity, layers[i].dA.ld);
            }
            return partials[i];
        }
    }

    /** Makes sure training batches of {@code batchSize} fit (reallocates the training buffers if not). */
    public void ensureBatchCapacity(int batchSize) {
        if (batchSize > trainPass.capacity) {
            trainPass = new Pass(batchSize, true);
            maskDrawn = false;
        }
    }

    private Pass evalPass() {
        if (evalPass == null) {
            evalPass = new Pass(EVAL_CAPACITY, false);
        }
        return evalPass;
    }

    // ------------------------------------------------------------------ loading examples

    /** Copies examples {@code rows[from .. from+count)} of {@code data} (or from, from+1, … if rows is null). */
    private void load(Pass pass, Dataset data, int[] rows, int from, int count) {
        if (count > pass.capacity) {
            throw new IllegalArgumentException("batch of " + count + " exceeds capacity " + pass.capacity);
        }
        if (data.featureCount() != inputs || data.outputCount() != outputs) {
            throw new IllegalArgumentException("dataset " + data.name() + " has " + data.featureCount() + " inputs and "
                    + data.outputCount() + " outputs; the network " + inputs + " and " + outputs);
        }
        if (mm == split && split != null && count >= 2 * LOAD_SPLIT_ROWS) {
            // the two halves of the rows on two threads (a copy: the same bytes either way)
            LoadHalf half = loadHalf;
            half.set(pass, data, rows, from, count / 2, count);
            split.helper().post(half);
            loadRows(pass, data, rows, from, 0, count / 2);
            split.helper().await();
            half.clear();
        } else {
            loadRows(pass, data, rows, from, 0, count);
        }
    }

    /** Batches from this many rows a half have their copy split over the step's two threads. */
    private static final int LOAD_SPLIT_ROWS = 8;

    private final LoadHalf loadHalf = new LoadHalf();

    /** The helper's half of a split minibatch copy: rows [r0, r1) of the batch. */
    private final class LoadHalf implements Runnable {
        private Pass pass;
        private Dataset data;
        private int[] rows;
        private int from;
        private int r0;
        private int r1;

        void set(Pass p, Dataset d, int[] rs, int f, int a, int b) {
            pass = p;
            data = d;
            rows = rs;
            from = f;
            r0 = a;
            r1 = b;
        }

        void clear() {
            pass = null;
            data = null;
            rows = null;
        }

        @Override
        public void run() {
            loadRows(pass, data, rows, from, r0, r1);
        }
    }

    /** Copies batch rows [r0, r1): examples {@code rows[from + r]} (or from + r if rows is null). */
    private void loadRows(Pass pass, Dataset data, int[] rows, int from, int r0, int r1) {
        float[] features = data.features();
        Block y = pass.out.y;
        boolean classes = data.task() == Task.CLASSIFICATION;
        // Label smoothing as Szegedy et al. (2016), PyTorch and Keras write it: (1 − ε)·y + ε/K, so the true
        // class gets 1 − ε + ε/K and every other class ε/K.
        double eps = trainingSpec.labelSmoothing();
        double off = outputs > 1 ? eps / outputs : 0;
        double on = outputs > 1 ? 1 - eps + off : 1;
        for (int r = r0; r < r1; r++) {
            int i = rows == null ? from + r : rows[from + r];
            pass.x.mem.putFloats(pass.x.index(r, 0), features, i * inputs, inputs);
            if (pass.rawX != null) {
                System.arraycopy(features, i * inputs, pass.rawX, r * inputs, inputs);
            }
            if (classes) {
                int label = data.labels()[i];
                pass.labels[r] = label;
                for (int c = 0; c < outputs; c++) {
                    y.set(r, c, c == label ? on : off);
                }
            } else {
                y.mem.putFloats(y.index(r, 0), data.targets(), i * outputs, outputs);
            }
        }
    }

    private void loadFeatures(Pass pass, float[] features, int from, int count) {
        for (int r = 0; r < count; r++) {
            pass.x.mem.putFloats(pass.x.index(r, 0), features, (from + r) * inputs, inputs);
        }
    }

    // ------------------------------------------------------------------ forward and backward

    private void forward(Pass pass, int m, boolean training) {
        forward(pass, m, training, true);
    }

    /** The forward pass; {@code output} false stops below the output layer (the split output block does it). */
    private void forward(Pass pass, int m, boolean training, boolean output) {
        boolean newMask = training && (!dropoutMaskFrozen || !maskDrawn);
        forwardLayers(pass, m, training, newMask, output);
        if (training) {
            maskDrawn = true;
        }
    }

    private void forwardLayers(Pass pass, int m, boolean training, boolean newMask) {
        forwardLayers(pass, m, training, newMask, true);
    }

    private void forwardLayers(Pass pass, int m, boolean training, boolean newMask, boolean withOutput) {
        if (training && pass.rawX != null) {
            dropInputs(pass, m, newMask);
        }
        Block in = pass.xWithOnes;
        for (int i = 0; i < hidden.length; i++) {
            StepPhases.enter(StepPhases.FORWARD_PRODUCT, i);
            hidden[i].forward(mm, in, pass.ones, pass.layers[i], m, training, newMask, dropoutRandom);
            in = pass.layers[i].aWithOnes;
        }
        if (!withOutput) {
            return;
        }
        StepPhases.enter(StepPhases.FORWARD_PRODUCT, hidden.length);
        output.forward(mm, in, pass.ones, pass.out, m);
    }

    /**
     * Inverted dropout on the inputs: x = x_raw ⊙ mask / (1 − p). The first layer's dJ/dW reads the masked x,
     * which is all the backward pass needs (nothing is learned below the inputs).
     */
    private void dropInputs(Pass pass, int m, boolean newMask) {
        int n = m * inputs;
        if (newMask) {
            double keep = 1 - networkSpec.inputDropout();
            float scale = (float) (1 / keep);
            for (int i = 0; i < n; i++) {
                pass.inputMask[i] = dropoutRandom.nextDouble() < keep ? scale : 0f;
            }
        }
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < inputs; c++) {
                int i = r * inputs + c;
                pass.x.set(r, c, pass.rawX[i] * pass.inputMask[i]);
            }
        }
    }

    /** Backpropagation: fills the gradient buffer with dJ/dθ of the mean loss (regularization separately). */
    private void backward(Pass pass, int m) {
        backward(pass, m, true);
    }

    /**
     * Backpropagation; {@code weights} false skips the dJ/dW products, which the δ of the layers below do
     * not need (an architecture step wants only the dJ/dα the layers leave on the way down).
     */
    private void backward(Pass pass, int m, boolean weights) {
        backward(pass, m, weights, false);
    }

    /**
     * {@code blockDone}: the split output block ({@link #outputBlock}) already left dJ/dz of the output layer
     * and dJ/da, dJ/dz of the last hidden layer.
     */
    private void backward(Pass pass, int m, boolean weights, boolean blockDone) {
        StepPhases.enter(StepPhases.LOSS_GRADIENT, 0);
        if (!blockDone) {
            output.lossGradient(mm, pass.out, m);
        }
        // dJ/dW = a_prevᵀ·dJ/dz  (the ones column of a_prev gives dJ/db as W's last row)
        if (weights) {
            StepPhases.enter(StepPhases.DW_PRODUCT, hidden.length);
            Affine.weightGradient(mm, pass.inputOf(hidden.length), pass.ones, pass.out.dZ, output.gw, output.gwTop,
                    output.gbRow, m, output.nIn, outputs);
        }
        Block dZ = pass.out.dZ;
        Block wAbove = output.w;
        int nZAbove = outputs;
        for (int i = hidden.length - 1; i >= 0; i--) {
            HiddenLayer layer = hidden[i];
            HiddenLayer.Buffers b = pass.layers[i];
            // dJ/da = dJ/dz_above · W_aboveᵀ (without the bias row)
            StepPhases.enter(StepPhases.DA_PRODUCT, i);
            HiddenLayer up = i + 1 < hidden.length ? hidden[i + 1] : null;
            boolean weightsDone = false;
            if (blockDone && i == hidden.length - 1) {
                StepPhases.enter(StepPhases.BACKWARD_ELEMENTWISE, i);
            } else if (up != null && up.panelCut > 0) {
                // dJ/da = dJ/dz_above[:, panel A]·W_Aᵀ + dJ/dz_above[:, panel B]·W_Bᵀ: each product reads one
                // panel (on the thread that owns it), then their sum and g'(z) by columns
                int c = up.panelCut;
                Block partial = pass.partial(i);
                b.panelParts[0].set(false, true, m, layer.units, c, 1.0, dZ, 0, up.wA, 0, 0.0, b.dA, 0);
                b.panelParts[0].then(null, 0, 0);
                b.panelParts[1].set(false, true, m, layer.units, up.nZ - c, 1.0, dZ, c, up.wB, 0, 0.0, partial, 0);
                b.panelParts[1].then(null, 0, 0);
                SplitBlas.both(mm, b.panelParts[0], b.panelParts[1]);
                StepPhases.enter(StepPhases.BACKWARD_ELEMENTWISE, i);
                int cc = layer.panelCut > 0 ? layer.panelCut : layer.units / 2;
                boolean relu = layer.plainRelu();
                b.reluBackward.m = m;
                partialSums[0].set(b, partial, m, 0, cc, relu);
                partialSums[1].set(b, partial, m, cc, layer.units, relu);
                if (relu && weights && layer.panelCut > 0) {
                    // each thread's columns of dJ/dz are its own panel's: its dJ/dW follows in the same
                    // hand-over (the phase profile counts it as element-wise work of this layer)
                    weightGradientParts(pass, b, layer, i, m);
                    partialSums[0].next = b.panelParts[0];
                    partialSums[1].next = b.panelParts[1];
                    weightsDone = true;
                }
                SplitBlas.both(mm, partialSums[0], partialSums[1]);
                partialSums[0].b = null;
                partialSums[1].b = null;
                partialSums[0].next = null;
                partialSums[1].next = null;
                if (!relu) {
                    layer.backwardToZ(mm, b, m);
                }
            } else if (mm instanceof SplitBlas two && layer.plainRelu()) {
                // dJ/da, then dJ/dz = dJ/da ⊙ g'(z), each thread on the columns it computed
                b.reluBackward.m = m;
                two.gemm(false, true, m, layer.units, nZAbove, 1.0, dZ, wAbove, 0.0, b.dA, b.reluBackward);
                StepPhases.enter(StepPhases.BACKWARD_ELEMENTWISE, i);
            } else {
                mm.gemm(false, true, m, layer.units, nZAbove, 1.0, dZ, wAbove, 0.0, b.dA);
                StepPhases.enter(StepPhases.BACKWARD_ELEMENTWISE, i);
                layer.backwardToZ(mm, b, m);
            }
            if (weightsDone) {
                StepPhases.enter(StepPhases.DW_PRODUCT, i);
            } else if (weights && layer.panelCut > 0) {
                StepPhases.enter(StepPhases.DW_PRODUCT, i);
                weightGradientParts(pass, b, layer, i, m);
                SplitBlas.both(mm, b.panelParts[0], b.panelParts[1]);
            } else if (weights) {
                StepPhases.enter(StepPhases.DW_PRODUCT, i);
                Affine.weightGradient(mm, pass.inputOf(i), pass.ones, b.dZ, layer.gw, layer.gwTop, layer.gbRow, m,
                        layer.nIn, layer.nZ);
            }
            dZ = b.dZ;
            wAbove = layer.w;
            nZAbove = layer.nZ;
        }
    }

    /** Each panel's dJ/dW = [a_prev 1]ᵀ·dJ/dz[:, panel], into the gradient's panel of the same shape, as b's two parts. */
    private void weightGradientParts(Pass pass, HiddenLayer.Buffers b, HiddenLayer layer, int i, int m) {
        int c = layer.panelCut;
        Block in = pass.inputOf(i);
        b.panelParts[0].set(true, false, layer.nIn + 1, c, m, 1.0, in, 0, b.dZ, 0, 0.0, layer.gwA, 0);
        b.panelParts[0].then(null, 0, 0);
        b.panelParts[1].set(true, false, layer.nIn + 1, layer.nZ - c, m, 1.0, in, 0, b.dZ, c, 0.0, layer.gwB, 0);
        b.panelParts[1].then(null, 0, 0);
    }

    private final PartialSum[] partialSums = {new PartialSum(), new PartialSum()};

    /**
     * Columns [c0, c1) of dJ/da = the first panel's product (already in dA) + the second's ({@code partial}),
     * then, for a plain ReLU layer, dJ/dz = dJ/da ⊙ g'(z) on the same columns.
     */
    private static final class PartialSum implements Runnable {
        private final HiddenLayer.Scratch scratch = new HiddenLayer.Scratch();
        HiddenLayer.Buffers b;
        private Block partial;
        private int m;
        private int c0;
        private int c1;
        private boolean relu;
        /** Work of the same thread after the sums (its panel's dJ/dW), or null. */
        Runnable next;

        void set(HiddenLayer.Buffers buffers, Block part, int rows, int from, int to, boolean reluAfter) {
            b = buffers;
            partial = part;
            m = rows;
            c0 = from;
            c1 = to;
            relu = reluAfter;
        }

        @Override
        public void run() {
            int n = c1 - c0;
            scratch.ensure(n);
            float[] x = scratch.a;
            float[] y = scratch.b;
            for (int r = 0; r < m; r++) {
                b.dA.mem.readFloats(b.dA.index(r, c0), x, 0, n);
                partial.mem.readFloats(partial.index(r, c0), y, 0, n);
                for (int j = 0; j < n; j++) {
                    x[j] += y[j];
                }
                b.dA.mem.putFloats(b.dA.index(r, c0), x, 0, n);
            }
            if (relu) {
                b.reluBackward.apply(c0, c1, scratch);
            }
            if (next != null) {
                next.run();
            }
        }
    }

    // ------------------------------------------------------------------ the output block on two threads

    /**
     * Where a split step cuts its output block's rows (see {@link #outputBlock}), or −1 when the step does
     * not split it: only on two threads, for softmax cross-entropy on the direct kernels above a plain ReLU
     * layer (whose derivative is row by row), and on a multiple of 16 rows, as {@link SplitBlas} cuts.
     */
    private int outputBlockCut(Pass pass, int m) {
        if (mm != split || split == null || hidden.length == 0 || !output.rowwiseCrossEntropy(base)) {
            return -1;
        }
        HiddenLayer last = hidden[hidden.length - 1];
        if (!last.plainRelu() || pass.inputOf(hidden.length).cols != output.nIn + 1) {
            return -1;
        }
        int cut = SplitBlas.cut16(m); // as SplitBlas cuts, so the rows match the one-thread step's
        return cut >= 16 && cut < m ? cut : -1;
    }

    private double[] rowLoss;
    private OutputRows[] outputRows;

    /**
     * The output block of a split training step, rows [0, cut) on this thread and [cut, m) on the helper
     * in one hand-over: the output layer's product z = [a 1]·[W; b], softmax, each example's loss and
     * dJ/dz = (p − y)/m, then the last hidden layer's dJ/da = dJ/dz·Wᵀ and its ReLU derivative. Every
     * value is computed by one thread as the one-thread step computes it (the products' row blocks on a
     * multiple of 16, as {@link SplitBlas} cuts), and the examples' losses are added here in row order.
     *
     * @return the mean loss of the batch
     */
    private double outputBlock(Pass pass, int m, int cut) {
        if (rowLoss == null || rowLoss.length < m) {
            rowLoss = new double[Math.max(m, pass.capacity)];
        }
        if (outputRows == null) {
            outputRows = new OutputRows[] {new OutputRows(), new OutputRows()};
        }
        pass.out.lseKnown = true;
        OutputRows mine = outputRows[0];
        OutputRows theirs = outputRows[1];
        mine.set(pass, 0, cut, m);
        theirs.set(pass, cut, m, m);
        split.helper().post(theirs);
        mine.run();
        split.helper().await();
        mine.pass = null;
        theirs.pass = null;
        double s = 0;
        for (int r = 0; r < m; r++) {
            s += rowLoss[r];
        }
        return s / m;
    }

    /** Rows [r0, r1) of {@link #outputBlock}. */
    private final class OutputRows implements Runnable {
        private final SplitBlas.Part zPart = new SplitBlas.Part();
        private final SplitBlas.Part dPart = new SplitBlas.Part();
        private final HiddenLayer.Scratch scratch = new HiddenLayer.Scratch();
        Pass pass;
        private int r0;
        private int r1;
        private int m;

        void set(Pass p, int from, int to, int rows) {
            pass = p;
            r0 = from;
            r1 = to;
            m = rows;
        }

        @Override
        public void run() {
            int n = r1 - r0;
            int last = hidden.length - 1;
            Block in = pass.inputOf(hidden.length);
            OutputLayer.Buffers out = pass.out;
            zPart.set(false, false, n, output.k, output.nIn + 1, 1.0, in, (long) r0 * in.ld, output.w, 0, 0.0,
                    out.z, (long) r0 * out.z.ld);
            zPart.run();
            output.softmaxRows(out, r0, r1);
            for (int r = r0; r < r1; r++) {
                rowLoss[r] = output.exampleLoss(out, r);
            }
            output.crossEntropyGradientRows(out, r0, r1, m);
            HiddenLayer layer = hidden[last];
            HiddenLayer.Buffers b = pass.layers[last];
            dPart.set(false, true, n, layer.units, output.k, 1.0, out.dZ, (long) r0 * out.dZ.ld, output.w, 0, 0.0,
                    b.dA, (long) r0 * b.dA.ld);
            dPart.run();
            layer.reluBackwardRows(b, r0, r1, scratch);
        }
    }

    /** Adds the L1/L2 terms' gradients and returns their value (0 when both λ are 0). */
    private double regularize(int m) {
        if (l1 == 0 && l2 == 0) {
            return 0;
        }
        double sumAbs = 0;
        double sumSq = 0;
        double a = l1 / m;
        double b = l2 / m;
        for (int layer = 0; layer < starts.length; layer++) {
            int[] ranges = weightRanges[layer];
            for (int k = 0; k < ranges.length; k += 2) {
                for (int i = ranges[k]; i < ranges[k + 1]; i++) {
                    double w = params.get(i);
                    sumAbs += Math.abs(w);
                    sumSq += w * w;
                    grads.set(i, grads.get(i) + a * Math.signum(w) + b * w);
                }
            }
        }
        return a * sumAbs + b / 2 * sumSq;
    }

    // ------------------------------------------------------------------ training

    /**
     * One training step on examples {@code rows[from .. from+count)} of {@code data}: forward (batch
     * statistics, fresh dropout masks), backward, regularization, clipping, update.
     *
     * @return the minibatch cost J (loss + regularization); NaN or ∞ once training diverged
     */
    public double trainStep(Dataset data, int[] rows, int from, int count) {
        chooseKernels();
        try {
            double j = gradientOf(data, rows, from, count);
            StepPhases.enter(StepPhases.CLIP, 0);
            clip();
            StepPhases.enter(StepPhases.UPDATE, 0);
            applyUpdate();
            return j;
        } finally {
            mm = base;
            StepPhases.enter(StepPhases.OUTSIDE, 0);
        }
    }

    /**
     * Forward and backward only, in training mode: leaves dJ/dθ in the gradient buffer ({@link #gradient()})
     * and changes no parameter (batch norm's running statistics do move). For gradient checks and probes.
     *
     * @return the minibatch cost J
     */
    public double computeGradient(Dataset data, int[] rows, int from, int count) {
        settleUpdateSquares(); // the last update's Σ Δθ² is of the gradient this overwrites
        chooseKernels();
        try {
            return gradientOf(data, rows, from, count);
        } finally {
            mm = base;
        }
    }

    private double gradientOf(Dataset data, int[] rows, int from, int count) {
        ensureBatchCapacity(count);
        StepPhases.enter(StepPhases.LOAD, 0);
        load(trainPass, data, rows, from, count);
        lastBatch = count;
        int cut = outputBlockCut(trainPass, count);
        if (cut > 0) {
            forward(trainPass, count, true, false);
            StepPhases.enter(StepPhases.LOSS, 0);
            lastDataLoss = outputBlock(trainPass, count, cut);
            backward(trainPass, count, true, true);
        } else {
            forward(trainPass, count, true);
            lastDataLoss = output.loss(mm, trainPass.out, count);
            backward(trainPass, count);
        }
        StepPhases.enter(StepPhases.REGULARIZE, 0);
        lastRegularization = regularize(count);
        preClipKnown = false;
        return lastDataLoss + lastRegularization;
    }

    /**
     * The architecture gradient of a minibatch (DARTS' α step, first order: at the current weights): a
     * training-mode forward pass (batch statistics, fresh dropout masks; batch norm's running statistics do
     * move) and a backward pass that leaves dJ/dα of the mean data loss in {@link #mixtureGradient(int)}.
     * It runs on buffers of its own and skips the dJ/dW products: the training step's probes and weight
     * gradient stay as the last training step left them (apart from batch norm's dJ/dγ, dJ/dβ and PReLU's
     * dJ/dα slots, which any backward pass writes). Changes no parameter and no α.
     *
     * @return the minibatch's mean data loss (regularization does not depend on α)
     * @throws IllegalStateException for a network without mixed layers
     */
    public double computeMixtureGradient(Dataset data, int[] rows, int from, int count) {
        if (mixtureCandidates.isEmpty()) {
            throw new IllegalStateException("this network mixes no activations");
        }
        settleUpdateSquares(); // a backward pass writes batch norm's and PReLU's gradient slots
        if (mixturePass == null || mixturePass.capacity < count) {
            mixturePass = new Pass(Math.max(count, trainPass.capacity), true);
        }
        load(mixturePass, data, rows, from, count);
        // its own dropout masks, always fresh: the frozen-mask switch is about the training pass
        forwardLayers(mixturePass, count, true, true);
        double loss = output.loss(mixturePass.out, count);
        backward(mixturePass, count, false);
        return loss;
    }

    /** The training-mode cost J of a minibatch without computing gradients (gradient checks). */
    public double computeLoss(Dataset data, int[] rows, int from, int count) {
        ensureBatchCapacity(count);
        load(trainPass, data, rows, from, count);
        forward(trainPass, count, true);
        double loss = output.loss(trainPass.out, count);
        double reg = 0;
        for (int layer = 0; layer < starts.length; layer++) {
            int[] ranges = weightRanges[layer];
            for (int k = 0; k < ranges.length; k += 2) {
                for (int i = ranges[k]; i < ranges[k + 1]; i++) {
                    double w = params.get(i);
                    reg += l1 / count * Math.abs(w) + l2 / (2.0 * count) * w * w;
                }
            }
        }
        return loss + reg;
    }

    /** Clips the gradient buffer as the clipping spec says, recording the norms before and after. */
    private void clip() {
        ClippingMode mode = clipping.mode();
        if (mode == ClippingMode.NONE) {
            return;
        }
        measureGradient(preClipGradSq, preClipGradAbs, layerSq);
        preClipKnown = true;
        double t = clipping.threshold();
        switch (mode) {
            case VALUE -> {
                for (int i = 0; i < grads.length; i++) {
                    double g = grads.get(i);
                    if (g > t) {
                        grads.set(i, t);
                    } else if (g < -t) {
                        grads.set(i, -t);
                    }
                }
            }
            case LAYER_NORM -> {
                for (int layer = 0; layer < starts.length; layer++) {
                    double norm = Math.sqrt(layerSq[layer]);
                    if (norm > t) {
                        scale(starts[layer], ends[layer], t / norm);
                    }
                }
            }
            case GLOBAL_NORM -> {
                double total = 0;
                for (double s : layerSq) {
                    total += s;
                }
                double norm = Math.sqrt(total);
                if (norm > t) {
                    scale(0, grads.length, t / norm);
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private void scale(int from, int to, double f) {
        for (int i = from; i < to; i++) {
            grads.set(i, grads.get(i) * f);
        }
    }

    /**
     * Per layer: Σg² and Σ|g| over W and b, and Σg² over all of the layer's parameters. The W-and-b sums
     * are BLAS dot and asum (vectorized; the gradient-norm probe runs after every step, and its Java loop
     * over the direct buffer cost 8–14 % of a step at MNIST size).
     */
    private void measureGradient(double[] sq, double[] abs, double[] all) {
        int phase = StepPhases.enter(StepPhases.GRADIENT_PROBE, 0);
        measureGradientSums(sq, abs, all);
        StepPhases.enter(phase);
    }

    private void measureGradientSums(double[] sq, double[] abs, double[] all) {
        // Direct backend: always as two halves added (first + second), on one thread or two, so the probe's
        // value does not depend on whether this step was split
        GradientHalf half = base == DirectBlas.INSTANCE ? gradientHalf() : null;
        if (half != null) {
            boolean two = split != null && !StepThreads.crowded() && split.helper().keepingUp();
            if (two) {
                split.helper().post(half);
            }
            for (int layer = 0; layer < starts.length; layer++) {
                Block gw = half.first[layer];
                half.mine[2 * layer] = base.dot(gw, gw);
                half.mine[2 * layer + 1] = base.asum(gw);
            }
            if (two) {
                split.helper().await();
            } else {
                half.run();
            }
        }
        for (int layer = 0; layer < starts.length; layer++) {
            Block gw = gradWeightVectors[layer];
            double s;
            double a;
            if (half != null) {
                s = half.mine[2 * layer] + half.theirs[2 * layer];
                a = half.mine[2 * layer + 1] + half.theirs[2 * layer + 1];
            } else {
                s = base.dot(gw, gw);
                a = base.asum(gw);
            }
            double extra = 0;
            for (int i = weightEnds[layer]; i < ends[layer]; i++) {
                double g = grads.get(i);
                extra += g * g;
            }
            if (sq == preClipGradSq) {
                double bias = biasGradientSquares(layer);
                preClipWeightGradSq[layer] = Math.max(0, s - bias);
            }
            sq[layer] = s;
            abs[layer] = a;
            if (all != null) {
                all[layer] = s + extra;
            }
        }
    }

    private void applyUpdate() {
        double eta = currentLearningRate();
        long t = iteration + 1;
        boolean sgd = trainingSpec.optimizer().kind() == dev.deepforward.spec.Optimizer.SGD;
        if (base != DirectBlas.INSTANCE && updater.keepsStep()) {
            // the gradient-norm probe (read after every step of a run) while the backward pass's gradient is
            // still in the cache: the same sums as afterwards, since the update leaves the gradient alone
            if (!preClipKnown) {
                measureGradient(preClipGradSq, preClipGradAbs, layerSq);
                preClipKnown = true;
            }
            applyKeptUpdate(eta, t, sgd);
            finishUpdate();
            return;
        }
        boolean sums = !sgd && probeInUpdate();
        if (sums) {
            for (int layer = 0; layer < starts.length; layer++) {
                java.util.Arrays.fill(gradSumsFirst[layer], 0);
                java.util.Arrays.fill(gradSumsSecond[layer], 0);
            }
        }
        for (int layer = 0; layer < starts.length; layer++) {
            if (frozen[layer]) {
                updateSq[layer] = 0;
            } else if (sgd) {
                // θ ← θ − η·g as one native axpy: 10× the Java loop on large layers; ‖Δθ‖² = η²·‖g‖²
                updateSq[layer] = eta * eta * mm.dot(gradVectors[layer], gradVectors[layer]);
                mm.axpy(-eta, gradVectors[layer], paramVectors[layer]);
            } else if (mm != split || updaterSibling == null) {
                if (base == DirectBlas.INSTANCE) {
                    // the two halves of splitUpdate, one after the other: Σ Δθ² is the same sum either way
                    int cut = updateCut(layer);
                    updateSq[layer] = updater.update(params, grads, starts[layer], cut, eta, t,
                            sums ? gradSumsFirst[layer] : null);
                    updateSq[layer] += updater.update(params, grads, cut, ends[layer], eta, t,
                            sums ? gradSumsSecond[layer] : null);
                } else {
                    updateSq[layer] = updater.update(params, grads, starts[layer], ends[layer], eta, t);
                }
            }
        }
        if (!sgd && mm == split && updaterSibling != null) {
            splitUpdate(eta, t, sums);
        }
        if (sums) {
            probeFromUpdate();
        }
        finishUpdate();
    }

    private void finishUpdate() {
        iteration++;
        if (iteration % DENORMAL_FLUSH_INTERVAL == 0) {
            updater.flushDenormals();
        }
    }

    /**
     * The ND4J backend's update: one call over all parameters when no layer is frozen and their ranges follow
     * each other (each parameter's update is the same as per layer), Σ Δθ² left for the layer probe
     * ({@link #settleUpdateSquares}). SGD as one BLAS axpy.
     */
    private void applyKeptUpdate(double eta, long t, boolean sgd) {
        boolean whole = paramsAll != null;
        for (boolean f : frozen) {
            whole &= !f;
        }
        if (whole) {
            if (sgd) {
                mm.axpy(-eta, gradsAll, paramsAll);
            } else {
                updater.apply(params, grads, starts[0], ends[ends.length - 1], eta, t);
            }
        } else {
            for (int layer = 0; layer < starts.length; layer++) {
                if (frozen[layer]) {
                    continue;
                }
                if (sgd) {
                    mm.axpy(-eta, gradVectors[layer], paramVectors[layer]);
                } else {
                    updater.apply(params, grads, starts[layer], ends[layer], eta, t);
                }
            }
        }
        updateSqPending = true;
        pendingEta = eta;
        pendingSgd = sgd;
    }

    /**
     * Takes the last update's Σ Δθ² per layer if it was left for later ({@link #applyKeptUpdate}): the same sums
     * as right after the update, from the same buffers (the updater's step, or SGD's gradient), unchanged since.
     */
    private void settleUpdateSquares() {
        if (!updateSqPending) {
            return;
        }
        updateSqPending = false;
        for (int layer = 0; layer < starts.length; layer++) {
            if (frozen[layer]) {
                updateSq[layer] = 0;
            } else if (pendingSgd) {
                updateSq[layer] = pendingEta * pendingEta * base.dot(gradVectors[layer], gradVectors[layer]);
            } else {
                updateSq[layer] = updater.stepSquares(grads, starts[layer], ends[layer]);
            }
        }
    }

    /**
     * The optimizer's update on two threads: every unfrozen layer's range is cut in two (on a multiple of the
     * updater's chunk), this thread updating the first parts and the helper the second. Each parameter's
     * update is the same as on one thread; Σ Δθ² of a layer is the sum of the two halves' (first + second).
     */
    private void splitUpdate(double eta, long t, boolean sums) {
        UpdateHalf h = updateHalf;
        h.eta = eta;
        h.t = t;
        h.sums = sums;
        int n = starts.length;
        if (h.cuts == null || h.cuts.length != n) {
            h.cuts = new int[n];
            h.sq = new double[n];
        }
        for (int layer = 0; layer < n; layer++) {
            h.cuts[layer] = frozen[layer] ? -1 : updateCut(layer);
        }
        split.helper().post(h);
        for (int layer = 0; layer < n; layer++) {
            if (!frozen[layer]) {
                updateSq[layer] = updater.update(params, grads, starts[layer], h.cuts[layer], eta, t,
                        sums ? gradSumsFirst[layer] : null);
            }
        }
        split.helper().await();
        for (int layer = 0; layer < n; layer++) {
            if (!frozen[layer]) {
                updateSq[layer] += h.sq[layer];
            }
        }
    }

    private GradientHalf gradientHalf;

    private GradientHalf gradientHalf() {
        if (gradientHalf == null) {
            gradientHalf = new GradientHalf();
        }
        return gradientHalf;
    }

    /**
     * The gradient probe's Σg² and Σ|g| over each layer's W and b on two threads: the first half of each
     * layer's range on the training thread, the second on the helper; a layer's sums are first + second.
     */
    private final class GradientHalf implements Runnable {
        final Block[] first = new Block[starts.length];
        final Block[] second = new Block[starts.length];
        final double[] mine = new double[2 * starts.length];
        final double[] theirs = new double[2 * starts.length];

        GradientHalf() {
            for (int l = 0; l < starts.length; l++) {
                int len = weightEnds[l] - starts[l];
                // a layer in panels: each panel's gradient on the thread that wrote it
                int cut = l < hidden.length && hidden[l].panelCut > 0 ? updateCut(l) - starts[l] : len / 2;
                first[l] = new Block(grads, starts[l], 1, cut, cut);
                second[l] = new Block(grads, starts[l] + cut, 1, len - cut, len - cut);
            }
        }

        @Override
        public void run() {
            for (int l = 0; l < second.length; l++) {
                theirs[2 * l] = base.dot(second[l], second[l]);
                theirs[2 * l + 1] = base.asum(second[l]);
            }
        }
    }

    /** Where a layer's update is cut in two: half-way, on a multiple of the updater's chunk. */
    private int updateCut(int layer) {
        if (layer < hidden.length && hidden[layer].panelCut > 0) {
            // each thread the update of its own panel
            return starts[layer] + (hidden[layer].nIn + 1) * hidden[layer].panelCut;
        }
        return starts[layer] + (ends[layer] - starts[layer]) / 2 / Updater.CHUNK * Updater.CHUNK;
    }

    /** The helper's half of {@link #splitUpdate}: the second part of every layer's range. */
    private final class UpdateHalf implements Runnable {
        double eta;
        long t;
        int[] cuts;
        double[] sq;
        boolean sums;

        @Override
        public void run() {
            for (int layer = 0; layer < cuts.length; layer++) {
                if (cuts[layer] >= 0) {
                    sq[layer] = updaterSibling.update(params, grads, cuts[layer], ends[layer], eta, t,
                            sums ? gradSumsSecond[layer] : null);
                }
            }
        }
    }

    /** Per layer, Σ g² and Σ |g| of the first and the second part of the update's cut (see {@link #probeInUpdate}). */
    private double[][] gradSumsFirst;
    private double[][] gradSumsSecond;

    /**
     * Whether this step's update also measures the gradient-norm probe (in the same pass over g, while its
     * chunks are in the cache, instead of a pass of its own afterwards): the direct float updater, no
     * clipping (so the update's g is the gradient before clipping), no frozen layer, and every layer's
     * parameters W and b only. The sums are taken on the update's two parts (first + second) on one
     * thread or two alike, so the probe reads the same either way.
     */
    private boolean probeInUpdate() {
        if (base != DirectBlas.INSTANCE || !updater.sumsGradient() || clipping.mode() != ClippingMode.NONE) {
            return false;
        }
        for (int layer = 0; layer < starts.length; layer++) {
            if (frozen[layer] || weightEnds[layer] != ends[layer]) {
                return false;
            }
        }
        if (gradSumsFirst == null) {
            gradSumsFirst = new double[starts.length][2];
            gradSumsSecond = new double[starts.length][2];
        }
        return true;
    }

    /** Σ g² over a layer's biases (W's last row, or each panel's). */
    private double biasGradientSquares(int layer) {
        double bias = 0;
        int[] ranges = biasRanges[layer];
        for (int k = 0; k < ranges.length; k += 2) {
            for (int i = ranges[k]; i < ranges[k + 1]; i++) {
                double g = grads.get(i);
                bias += g * g;
            }
        }
        return bias;
    }

    /** The pre-clip gradient probe from the sums the update took ({@link #probeInUpdate}). */
    private void probeFromUpdate() {
        for (int layer = 0; layer < starts.length; layer++) {
            double s = gradSumsFirst[layer][0] + gradSumsSecond[layer][0];
            double a = gradSumsFirst[layer][1] + gradSumsSecond[layer][1];
            double bias = biasGradientSquares(layer);
            preClipWeightGradSq[layer] = Math.max(0, s - bias);
            preClipGradSq[layer] = s;
            preClipGradAbs[layer] = a;
            layerSq[layer] = s;
        }
        preClipKnown = true;
    }

    // ------------------------------------------------------------------ live settings

    /** The learning rate of the next step: the schedule applied to the base rate. */
    public double currentLearningRate() {
        return trainingSpec.schedule().rate(learningRate, iteration, totalIterations);
    }

    public double learningRate() { return learningRate; }

    /** Changes the base learning rate η from the next step on. */
    public void setLearningRate(double eta) { this.learningRate = eta; }

    public double l1() { return l1; }

    public double l2() { return l2; }

    public void setL1(double lambda1) { this.l1 = lambda1; }

    public void setL2(double lambda2) { this.l2 = lambda2; }

    public ClippingSpec clipping() { return clipping; }

    public void setClipping(ClippingSpec c) { this.clipping = Objects.requireNonNull(c); }

    /** The run length T the schedule sees (cosine decay needs it); the trainer sets it. */
    public void setTotalIterations(long total) { this.totalIterations = Math.max(1, total); }

    /** Optimizer steps taken so far. */
    public long iteration() { return iteration; }

    /**
     * Keeps the dropout masks of the last training forward pass instead of drawing new ones (gradient
     * checks need the same function at every evaluation). Off by default.
     */
    public void setDropoutMaskFrozen(boolean frozenMask) { this.dropoutMaskFrozen = frozenMask; }

    // ------------------------------------------------------------------ mixed activations

    /** Whether this network was made by {@link #createMixed}. */
    public boolean hasActivationMixture() {
        return !mixtureCandidates.isEmpty();
    }

    /** The candidate activations of the mixed layers, in α's order (empty for an ordinary network). */
    public List<Activation> mixtureCandidates() {
        return mixtureCandidates;
    }

    /** Whether hidden layer {@code layer} mixes activations (maxout layers of a mixed network do not). */
    public boolean isMixedLayer(int layer) {
        return layer >= 0 && layer < mixes.length && mixes[layer] != null;
    }

    /** A copy of the architecture logits α of a mixed hidden layer. */
    public double[] mixtureLogits(int layer) {
        return mixture(layer).logits.clone();
    }

    /** Sets a mixed layer's logits α (from the next forward pass on); the α optimizer's write. */
    public void setMixtureLogits(int layer, double[] logits) {
        MixedActivation m = mixture(layer);
        if (logits.length != m.size()) {
            throw new IllegalArgumentException(logits.length + " logits for " + m.size() + " candidates");
        }
        System.arraycopy(logits, 0, m.logits, 0, logits.length);
        m.refreshWeights();
    }

    /** The mixture weights p = softmax(α) of a mixed layer (they sum to 1). */
    public double[] mixtureWeights(int layer) {
        MixedActivation m = mixture(layer);
        double[] p = new double[m.size()];
        MixedActivation.softmax(m.logits, p);
        return p;
    }

    /**
     * dJ/dα of a mixed layer from the last backward pass ({@link #computeGradient}, a training step, or
     * {@link #computeMixtureGradient}): Σ over examples and units of δ ⊙ p_j(g_j(u) − g_mix(u)).
     */
    public double[] mixtureGradient(int layer) {
        return mixture(layer).gradient.clone();
    }

    private MixedActivation mixture(int layer) {
        if (!isMixedLayer(layer)) {
            throw new IllegalArgumentException("hidden layer " + layer + " does not mix activations");
        }
        return mixes[layer];
    }

    // ------------------------------------------------------------------ parameters

    public int parameterCount() { return params.length; }

    public int inputCount() { return inputs; }

    public int outputCount() { return outputs; }

    public Task task() { return task; }

    public long seed() { return seed; }

    public Precision precision() { return precision; }

    public NetworkSpec networkSpec() { return networkSpec; }

    public TrainingSpec trainingSpec() { return trainingSpec; }

    public int hiddenLayerCount() { return hidden.length; }

    /** Hidden layers plus the output layer. */
    public int layerCount() { return starts.length; }

    /** {start, end} of layer {@code layer}'s parameters in the flat vector: W (with b as last row), γ, β, α. */
    public int[] layerParameterRange(int layer) {
        return new int[] {starts[layer], ends[layer]};
    }

    /** Units of a layer (output: its outputs). */
    public int layerUnits(int layer) {
        return layer < hidden.length ? hidden[layer].units : outputs;
    }

    public String layerName(int layer) {
        return layer < hidden.length ? hidden[layer].describe() : output.describe();
    }

    /*
     * The flat vector seen from outside (parameters, gradient, single parameters by index) is always in the
     * row-major layout of each layer's W, also for layers stored in panels ({@link HiddenLayer#usePanels}):
     * checkpoints, exports, gradient checks and the DL4J cross-check do not see the panels.
     */

    public float[] parameters() {
        float[] out = new float[params.length];
        params.readFloats(0, out, 0, params.length);
        toRowMajor(out);
        return out;
    }

    public void setParameters(float[] values) {
        checkLength(values.length);
        float[] stored = values.clone();
        for (HiddenLayer h : hidden) {
            h.permute(stored, 0, true);
        }
        params.putFloats(0, stored, 0, stored.length);
    }

    public double[] parametersAsDoubles() {
        return rowMajor(params);
    }

    public void setParameters(double[] values) {
        checkLength(values.length);
        for (int i = 0; i < values.length; i++) {
            params.set(stored(i), values[i]);
        }
    }

    public double parameter(int i) { return params.get(stored(i)); }

    public void setParameter(int i, double v) { params.set(stored(i), v); }

    /** The gradient buffer: dJ/dθ of the last step (after clipping once a step clipped it). */
    public double[] gradient() {
        return rowMajor(grads);
    }

    /**
     * A flat buffer ({@code params} or {@code grads}) in the row-major layout, read in one walk over the layers
     * (each panel layer's W through {@link HiddenLayer#weightIndex}, everything else as stored).
     */
    private double[] rowMajor(Mem mem) {
        double[] out = new double[mem.length];
        int i = 0;
        for (HiddenLayer h : hidden) {
            if (h.panelCut > 0) {
                for (; i < h.start; i++) {
                    out[i] = mem.get(i);
                }
                for (int end = h.start + (h.nIn + 1) * h.nZ; i < end; i++) {
                    int at = i - h.start;
                    out[i] = mem.get(h.weightIndex(at / h.nZ, at % h.nZ));
                }
            }
        }
        for (; i < out.length; i++) {
            out[i] = mem.get(i);
        }
        return out;
    }

    /** Where the parameter at row-major flat index {@code i} is stored (another index inside a panel layer's W). */
    private int stored(int i) {
        for (HiddenLayer h : hidden) {
            if (h.panelCut > 0 && i >= h.start && i < h.start + (h.nIn + 1) * h.nZ) {
                int at = i - h.start;
                return h.weightIndex(at / h.nZ, at % h.nZ);
            }
        }
        return i;
    }

    /** Rearranges a whole flat vector as stored into the row-major layout. */
    private void toRowMajor(float[] values) {
        for (HiddenLayer h : hidden) {
            h.permute(values, 0, false);
        }
    }

    private void checkLength(int n) {
        if (n != params.length) {
            throw new IllegalArgumentException(n + " values for " + params.length + " parameters");
        }
    }

    /** Batch norm's running means and variances, layer by layer (empty without batch norm). */
    public float[] batchNormStatistics() {
        float[] out = new float[state == null ? 0 : state.length];
        int at = 0;
        for (HiddenLayer h : hidden) {
            at = h.readState(out, at);
        }
        return out;
    }

    public void setBatchNormStatistics(float[] values) {
        if (values.length != (state == null ? 0 : state.length)) {
            throw new IllegalArgumentException(values.length + " statistics for " + (state == null ? 0 : state.length));
        }
        int at = 0;
        for (HiddenLayer h : hidden) {
            at = h.writeState(values, at);
        }
    }

    /** Everything needed to restore this network's function later (early stopping's restore-best). */
    public NetworkState saveState() {
        return new NetworkState(parameters(), batchNormStatistics(), iteration);
    }

    /** Puts back parameters and statistics (the optimizer's state and iteration count are kept). */
    public void restoreState(NetworkState saved) {
        setParameters(saved.parameters());
        setBatchNormStatistics(saved.batchNormStatistics());
    }

    /**
     * Copies layer {@code layer}'s parameters (and batch-norm statistics) from {@code source}, whose layer of
     * the same index must have the same shape: transfer learning.
     */
    public void copyLayerFrom(Network source, int layer) {
        int n = ends[layer] - starts[layer];
        int sourceN = source.ends[layer] - source.starts[layer];
        boolean sameShape = n == sourceN && source.weightCounts[layer] == weightCounts[layer]
                && source.weightEnds[layer] - source.starts[layer] == weightEnds[layer] - starts[layer];
        if (!sameShape) {
            throw new IllegalArgumentException("layer " + layer + " shapes differ: " + source.layerName(layer)
                    + " vs " + layerName(layer));
        }
        boolean sameLayout = layer >= hidden.length || hidden[layer].panelCut == source.hidden[layer].panelCut;
        if (sameLayout) {
            for (int i = 0; i < n; i++) {
                params.set(starts[layer] + i, source.params.get(source.starts[layer] + i));
            }
        } else {
            for (int i = 0; i < n; i++) {
                params.set(stored(starts[layer] + i), source.params.get(source.stored(source.starts[layer] + i)));
            }
        }
        if (layer < hidden.length && hidden[layer].batchNorm && source.hidden[layer].batchNorm) {
            float[] tmp = new float[HiddenLayer.stateCount(hidden[layer].spec)];
            source.hidden[layer].readState(tmp, 0);
            hidden[layer].writeState(tmp, 0);
        }
    }

    // ------------------------------------------------------------------ evaluation

    /**
     * Loss (mean data loss, without regularization), accuracy and confusion matrix of {@code data}, in
     * evaluation mode: no dropout, batch norm with its running statistics. Changes nothing.
     */
    public Evaluation evaluate(Dataset data) {
        Pass pass = evalPass();
        boolean classes = task == Task.CLASSIFICATION;
        int[][] confusion = classes ? new int[outputs][outputs] : new int[0][0];
        double lossSum = 0;
        int correct = 0;
        for (int from = 0; from < data.size(); from += pass.capacity) {
            int m = Math.min(pass.capacity, data.size() - from);
            load(pass, data, null, from, m);
            forward(pass, m, false);
            for (int r = 0; r < m; r++) {
                lossSum += output.exampleLoss(pass.out, r);
                if (classes) {
                    int predicted = argmax(pass.out.p, r);
                    confusion[pass.labels[r]][predicted]++;
                    if (predicted == pass.labels[r]) {
                        correct++;
                    }
                }
            }
        }
        int n = data.size();
        return new Evaluation(n == 0 ? Double.NaN : lossSum / n,
                classes && n > 0 ? (double) correct / n : Double.NaN, confusion, n);
    }

    private int argmax(Block p, int r) {
        int best = 0;
        for (int c = 1; c < outputs; c++) {
            if (p.get(r, c) > p.get(r, best)) {
                best = c;
            }
        }
        return best;
    }

    /** The network's outputs (probabilities or predicted values), row-major [count, outputs], in evaluation mode. */
    public float[] predict(float[] features, int count) {
        float[] out = new float[count * outputs];
        Pass pass = evalPass();
        for (int from = 0; from < count; from += pass.capacity) {
            int m = Math.min(pass.capacity, count - from);
            loadFeatures(pass, features, from, m);
            forward(pass, m, false);
            for (int r = 0; r < m; r++) {
                pass.out.p.mem.readFloats(pass.out.p.index(r, 0), out, (from + r) * outputs, outputs);
            }
        }
        return out;
    }

    /**
     * Every layer's activations (hidden layers: g(u) without dropout; last: the outputs) for {@code count}
     * examples, in evaluation mode; element [layer][r·units + j].
     */
    public float[][] activations(float[] features, int count) {
        float[][] out = new float[layerCount()][];
        for (int l = 0; l < layerCount(); l++) {
            out[l] = new float[count * layerUnits(l)];
        }
        Pass pass = evalPass();
        for (int from = 0; from < count; from += pass.capacity) {
            int m = Math.min(pass.capacity, count - from);
            loadFeatures(pass, features, from, m);
            forward(pass, m, false);
            for (int l = 0; l < layerCount(); l++) {
                Block b = l < hidden.length ? pass.layers[l].h : pass.out.p;
                int u = layerUnits(l);
                for (int r = 0; r < m; r++) {
                    b.mem.readFloats(b.index(r, 0), out[l], (from + r) * u, u);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ probes

    /** The data loss (without regularization) of the last training minibatch. */
    public double lastDataLoss() { return lastDataLoss; }

    /** The regularization term λ₁/m·Σ|W| + λ₂/(2m)·ΣW² of the last training minibatch. */
    public double lastRegularization() { return lastRegularization; }

    /** Examples in the last training minibatch. */
    public int lastBatchSize() { return lastBatch; }

    /**
     * Gradient L2 norms of each layer's W and b, before clipping, for the last step (cheap: one pass over
     * the gradient, or none when clipping already measured it).
     */
    public double[] gradientNorms() {
        ensurePreClip();
        double[] out = new double[layerCount()];
        for (int l = 0; l < out.length; l++) {
            out[l] = Math.sqrt(preClipGradSq[l]);
        }
        return out;
    }

    /** ‖∂J/∂W‖ of every layer, the weights only (no biases, γ, β, α), before clipping, of the last gradient. */
    public double[] weightGradientNorms() {
        ensurePreClip();
        double[] out = new double[layerCount()];
        for (int l = 0; l < out.length; l++) {
            out[l] = Math.sqrt(preClipWeightGradSq[l]);
        }
        return out;
    }

    private void ensurePreClip() {
        if (!preClipKnown) {
            // without clipping the gradient buffer still holds the unclipped gradient
            measureGradient(preClipGradSq, preClipGradAbs, layerSq);
            preClipKnown = true;
        }
    }

    /** Measurements of every layer after the last training step; see {@link LayerStats}. */
    public LayerStats[] layerStats() {
        int phase = StepPhases.enter(StepPhases.LAYER_STATS, 0);
        try {
            return measureLayers();
        } finally {
            StepPhases.enter(phase);
        }
    }

    private LayerStats[] measureLayers() {
        settleUpdateSquares();
        ensurePreClip();
        if (clipping.mode() == ClippingMode.NONE) {
            // nothing clipped: the applied gradient is the measured one
            System.arraycopy(preClipGradSq, 0, appliedGradSq, 0, appliedGradSq.length);
        } else {
            measureGradient(appliedGradSq, new double[layerCount()], null);
        }
        LayerStats[] out = new LayerStats[layerCount()];
        int m = Math.max(1, lastBatch);
        // the weights' side (norms and spread) on the step's helper thread if it has one, the activations' here
        WeightSide weights = new WeightSide();
        boolean two = split != null && !StepThreads.crowded() && split.helper().keepingUp();
        if (two) {
            split.helper().post(weights);
        } else {
            weights.run();
        }
        double[][] acts = new double[out.length][];
        for (int l = 0; l < out.length; l++) {
            acts[l] = activationStats(l, m);
        }
        if (two) {
            split.helper().await();
        }
        for (int l = 0; l < out.length; l++) {
            int count = weightEnds[l] - starts[l];
            double wSq = weights.wSq[l];
            double thetaSq = weights.thetaSq[l];
            int units = layerUnits(l);
            double sum = acts[l][0];
            double sumSq = acts[l][1];
            double saturated = acts[l][2];
            double dead = acts[l][3];
            // a mixed layer's spec activation is not what it computes: no saturation or dead-unit count
            boolean plain = l < hidden.length && hidden[l].mix == null;
            boolean saturates = plain && hidden[l].g.saturates();
            boolean canDie = plain && hidden[l].g.canDie();
            double n = (double) m * units;
            double mean = sum / n;
            double gammaMean = Double.NaN;
            double betaMean = Double.NaN;
            if (l < hidden.length && hidden[l].batchNorm) {
                HiddenLayer h = hidden[l];
                double gs = 0;
                double bs = 0;
                for (int c = 0; c < h.nZ; c++) {
                    gs += params.get(h.gammaAt + c);
                    bs += params.get(h.betaAt + c);
                }
                gammaMean = gs / h.nZ;
                betaMean = bs / h.nZ;
            }
            out[l] = new LayerStats(l, layerName(l), units,
                    Math.sqrt(preClipGradSq[l]), preClipGradAbs[l] / count, Math.sqrt(appliedGradSq[l]),
                    Math.sqrt(wSq), Math.sqrt(updateSq[l]) / Math.sqrt(thetaSq),
                    mean, Math.sqrt(Math.max(0, sumSq / n - mean * mean)),
                    saturates ? saturated / n : Double.NaN, canDie ? dead / units : Double.NaN,
                    gammaMean, betaMean, weights.spread[l]);
        }
        return out;
    }

    /** The layer probe's weight side of every layer: ‖W‖², ‖θ‖² and the spread of W's columns. */
    private final class WeightSide implements Runnable {
        final double[] wSq = new double[starts.length];
        final double[] thetaSq = new double[starts.length];
        final double[] spread = new double[starts.length];

        @Override
        public void run() {
            for (int l = 0; l < starts.length; l++) {
                double sq = 0;
                for (Block v : paramWeightVectors[l]) {
                    sq += base.dot(v, v);
                }
                wSq[l] = sq;
                thetaSq[l] = base.dot(paramVectors[l], paramVectors[l]);
                spread[l] = weightSpread(l);
            }
        }
    }

    /**
     * Σa, Σa², the saturated count and the dead-unit count of layer {@code l}'s activations over the last
     * training batch, column by column as always (the same sums in the same order), from a float copy of
     * the activations (through the direct buffer element by element it cost ~10× more).
     */
    private double[] activationStats(int l, int m) {
        Block act = l < hidden.length ? trainPass.layers[l].h : trainPass.out.p;
        int units = layerUnits(l);
        boolean plain = l < hidden.length && hidden[l].mix == null;
        boolean saturates = plain && hidden[l].g.saturates();
        boolean tanh = l < hidden.length && hidden[l].g == dev.deepforward.spec.Activation.TANH;
        boolean floats = act.mem.precision() == Precision.FLOAT;
        float[] a = floats ? new float[m * units] : null;
        for (int r = 0; floats && r < m; r++) {
            act.mem.readFloats(act.index(r, 0), a, r * units, units);
        }
        double sum = 0;
        double sumSq = 0;
        int saturated = 0;
        int dead = 0;
        for (int j = 0; j < units; j++) {
            boolean allZero = true;
            for (int r = 0; r < m; r++) {
                double v = floats ? a[r * units + j] : act.get(r, j);
                sum += v;
                sumSq += v * v;
                if (saturates && (tanh ? Math.abs(v) > 0.99 : (v < 0.01 || v > 0.99))) {
                    saturated++;
                }
                if (v != 0) {
                    allZero = false;
                }
            }
            if (allZero) {
                dead++;
            }
        }
        return new double[] {sum, sumSq, saturated, dead};
    }

    /**
     * max over columns j of ‖W[:, j] − W[:, 0]‖ (bias included): 0 while all units are identical. Row by row
     * through float copies (one contiguous read per row, a loop C2 vectorizes): column by column through the
     * direct buffer it cost ~1 ms on W2's first layer.
     */
    private double weightSpread(int layer) {
        Block w = layer < hidden.length ? hidden[layer].w : output.w;
        if (w.cols < 2) {
            return 0;
        }
        HiddenLayer h = layer < hidden.length ? hidden[layer] : null;
        float[] row = new float[w.cols];
        double[] sums = new double[w.cols];
        boolean floats = w.mem.precision() == Precision.FLOAT;
        for (int i = 0; i < w.rows; i++) {
            if (floats) {
                if (h != null) {
                    h.readWeightRow(i, row);
                } else {
                    w.mem.readFloats(w.index(i, 0), row, 0, w.cols);
                }
                double first = row[0];
                for (int j = 1; j < w.cols; j++) {
                    double d = row[j] - first;
                    sums[j] += d * d;
                }
            } else {
                double first = w.get(i, 0);
                for (int j = 1; j < w.cols; j++) {
                    double d = w.get(i, j) - first;
                    sums[j] += d * d;
                }
            }
        }
        double max = 0;
        for (int j = 1; j < w.cols; j++) {
            max = Math.max(max, Math.sqrt(sums[j]));
        }
        return max;
    }

    /** Where hidden layer {@code layer}'s W is cut into column panels, or 0 when it is one row-major block (tests). */
    int panelCut(int layer) {
        return layer < hidden.length ? hidden[layer].panelCut : 0;
    }

    /** PReLU's learned α of a hidden layer (NaN for other activations). */
    public double preluAlpha(int layer) {
        return layer < hidden.length && hidden[layer].alphaAt >= 0 ? params.get(hidden[layer].alphaAt) : Double.NaN;
    }

    /** Weights of a layer as [fanIn + 1][columns] (last row: biases); for views and tests. */
    public double[][] layerWeights(int layer) {
        Block w = layer < hidden.length ? hidden[layer].w : output.w;
        HiddenLayer h = layer < hidden.length ? hidden[layer] : null;
        double[][] out = new double[w.rows][w.cols];
        for (int i = 0; i < w.rows; i++) {
            for (int j = 0; j < w.cols; j++) {
                out[i][j] = h != null ? params.get(h.weightIndex(i, j)) : w.get(i, j);
            }
        }
        return out;
    }
}
