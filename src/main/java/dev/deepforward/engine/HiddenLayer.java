package dev.deepforward.engine;

import java.util.SplittableRandom;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerKind;
import dev.deepforward.spec.LayerSpec;

/**
 * One hidden layer, in the order the course writes it:
 * <pre>
 *   z = a_prev·W + b                     (a dense unit has one column of W; a maxout unit has k)
 *   u = γ·(z − μ)/√(σ² + ε) + β          (batch norm, optional; μ, σ² over the minibatch)
 *   h = g(u)                             (element-wise; maxout: h_j = max_p u_{j,p})
 *   a = h ⊙ mask / (1 − p_drop)          (inverted dropout, training only)
 * </pre>
 * and backward, from dJ/da filled in by the layer above, to dJ/dz, dJ/dW, dJ/db, dJ/dγ, dJ/dβ, dJ/dα.
 *
 * <p>Parameters live in the network's flat buffer as one contiguous range: W with b as its last row
 * ([n_in + 1, n_z], so the ones column of a_prev adds the bias inside the matrix product), then γ, β
 * (n_z each, batch norm only), then PReLU's α (one per layer, shared by its units). A maxout layer's
 * pieces are the columns j·k … j·k + k − 1 of unit j. Batch norm keeps its bias b (as the parameter count
 * of the spec does), although β makes it redundant: its gradient is zero.
 *
 * <p>In mixed-activation mode (architecture search, {@link MixedActivation}) h = Σ_k softmax(α)_k·g_k(u)
 * over candidate activations, α held outside the parameter buffer; see {@link #mixedForward} and
 * {@link #mixedBackward} for the formulas. Ordinary layers never enter that code.
 *
 * <p>Batch norm's running mean and variance (momentum 0.9, biased batch variance) replace the batch
 * statistics at evaluation; they are state, not parameters, and live in a separate buffer.
 */
final class HiddenLayer {

    static final double BN_EPSILON = 1e-5;
    static final double BN_MOMENTUM = 0.9;

    final int index;
    final LayerSpec spec;
    final int nIn;
    final int units;
    final int pieces;
    /** Columns of z: units × pieces. */
    final int nZ;
    final Activation g;
    final boolean batchNorm;
    final boolean maxout;
    final double dropRate;
    /** Leaky ReLU / ELU α (fixed); PReLU reads its α from the parameters. */
    final double fixedAlpha;
    /** Float network with sigmoid or ReLU: activations run as vectorized {@link FloatKernels} on copies. */
    final boolean floatKernels;
    /**
     * Mixed-activation mode (architecture search): h = Σ_k softmax(α)_k·g_k(u) instead of g(u); null for
     * an ordinary layer, which then runs exactly the code it ran before the mode existed.
     */
    final MixedActivation mix;

    final Block w;
    final Block gw;
    /** W without its bias row, the bias row, and the same of the gradient (for inputs without ones column). */
    final Block wTop;
    final Block bRow;
    final Block gwTop;
    final Block gbRow;
    final int start;
    final int end;
    final int gammaAt;
    final int betaAt;
    final int alphaAt;
    private final Mem params;
    private final Mem grads;
    private final Mem state;
    private final int runMeanAt;
    private final int runVarAt;

    HiddenLayer(int index, LayerSpec spec, int nIn, Mem params, Mem grads, int start, Mem state, int stateAt) {
        this(index, spec, nIn, params, grads, start, state, stateAt, null);
    }

    /** A layer in mixed-activation mode when {@code mix} is not null (dense layers only). */
    HiddenLayer(int index, LayerSpec spec, int nIn, Mem params, Mem grads, int start, Mem state, int stateAt,
                MixedActivation mix) {
        if (mix != null && spec.kind() == LayerKind.MAXOUT) {
            throw new IllegalArgumentException("a maxout layer cannot mix activations");
        }
        this.mix = mix;
        this.index = index;
        this.spec = spec;
        this.nIn = nIn;
        this.units = spec.units();
        this.maxout = spec.kind() == LayerKind.MAXOUT;
        this.pieces = spec.piecesPerUnit();
        this.nZ = units * pieces;
        this.g = spec.activation();
        this.batchNorm = spec.batchNorm();
        this.dropRate = spec.dropout();
        this.fixedAlpha = spec.effectiveAlpha();
        this.floatKernels = params.precision() == Precision.FLOAT && !maxout && mix == null
                && (g == Activation.SIGMOID || g == Activation.RELU);
        this.params = params;
        this.grads = grads;
        this.start = start;
        this.w = new Block(params, start, nIn + 1, nZ, nZ);
        this.gw = new Block(grads, start, nIn + 1, nZ, nZ);
        this.wTop = new Block(params, start, nIn, nZ, nZ);
        this.bRow = new Block(params, start + nIn * nZ, 1, nZ, nZ);
        this.gwTop = new Block(grads, start, nIn, nZ, nZ);
        this.gbRow = new Block(grads, start + nIn * nZ, 1, nZ, nZ);
        int at = start + (nIn + 1) * nZ;
        this.gammaAt = batchNorm ? at : -1;
        this.betaAt = batchNorm ? at + nZ : -1;
        at += batchNorm ? 2 * nZ : 0;
        this.alphaAt = g == Activation.PRELU ? at : -1;
        at += g == Activation.PRELU ? 1 : 0;
        this.end = at;
        this.state = state;
        this.runMeanAt = stateAt;
        this.runVarAt = stateAt + nZ;
    }

    /**
     * Where W is cut into two column panels (units [0, cut) and [cut, n_z), see {@link #usePanels}), or 0
     * while W is one row-major block.
     */
    int panelCut;
    /** The two panels of W and of its gradient ({@code (n_in + 1) × cut} and {@code (n_in + 1) × (n_z − cut)}). */
    Block wA;
    Block wB;
    Block gwA;
    Block gwB;

    /**
     * Stores W (and its gradient, and so the optimizer's state, which shares the flat layout) as two column
     * panels one after the other in the layer's range, each row-major with its own leading dimension:
     * units [0, cut) then units [cut, n_z). A split step's two threads then each read and write only their
     * own panel's memory (the forward product, dJ/dW, the update); see the benchmark docs. Call before
     * {@link #initialize}; only for {@link #plainRelu()} layers (W and b are the whole range).
     */
    void usePanels(int cut) {
        if (cut <= 0 || cut >= nZ || !plainRelu()) {
            throw new IllegalArgumentException("cannot cut " + describe() + " at " + cut);
        }
        panelCut = cut;
        int rows = nIn + 1;
        wA = new Block(params, start, rows, cut, cut);
        wB = new Block(params, start + rows * cut, rows, nZ - cut, nZ - cut);
        gwA = new Block(grads, start, rows, cut, cut);
        gwB = new Block(grads, start + rows * cut, rows, nZ - cut, nZ - cut);
    }

    /** The flat index of W's element (r, c) (r = n_in: the bias), panels or not. */
    int weightIndex(int r, int c) {
        if (panelCut == 0) {
            return start + r * nZ + c;
        }
        return c < panelCut ? start + r * panelCut + c
                : start + (nIn + 1) * panelCut + r * (nZ - panelCut) + (c - panelCut);
    }

    /**
     * Rearranges this layer's W-and-b range of {@code values} (a whole flat vector, {@code base} its
     * element 0's flat index) between the row-major layout and the panels: {@code toPanels} true reads
     * row-major and writes panels.
     */
    void permute(float[] values, int base, boolean toPanels) {
        if (panelCut == 0) {
            return;
        }
        int rows = nIn + 1;
        int at = start - base;
        float[] copy = java.util.Arrays.copyOfRange(values, at, at + rows * nZ);
        int b0 = rows * panelCut;
        int nb = nZ - panelCut;
        for (int r = 0; r < rows; r++) {
            if (toPanels) {
                System.arraycopy(copy, r * nZ, values, at + r * panelCut, panelCut);
                System.arraycopy(copy, r * nZ + panelCut, values, at + b0 + r * nb, nb);
            } else {
                System.arraycopy(copy, r * panelCut, values, at + r * nZ, panelCut);
                System.arraycopy(copy, b0 + r * nb, values, at + r * nZ + panelCut, nb);
            }
        }
    }

    /** Reads row r of W (its n_z columns, in unit order) into {@code dst}, panels or not. */
    void readWeightRow(int r, float[] dst) {
        if (panelCut == 0) {
            w.mem.readFloats(w.index(r, 0), dst, 0, nZ);
        } else {
            wA.mem.readFloats(wA.index(r, 0), dst, 0, panelCut);
            wB.mem.readFloats(wB.index(r, 0), dst, panelCut, nZ - panelCut);
        }
    }

    /** Parameters of a layer: W and b, γ and β with batch norm, α with PReLU. */
    static int parameterCount(LayerSpec spec, int nIn) {
        int nZ = spec.units() * spec.piecesPerUnit();
        return (nIn + 1) * nZ + (spec.batchNorm() ? 2 * nZ : 0) + (spec.activation() == Activation.PRELU ? 1 : 0);
    }

    /** Running-statistics slots of a layer (mean and variance per column of z). */
    static int stateCount(LayerSpec spec) {
        return spec.batchNorm() ? 2 * spec.units() * spec.piecesPerUnit() : 0;
    }

    /** Initial values: weights by the scheme, biases 0, γ = 1, β = 0, α as specified; running var 1. */
    void initialize(long seed) {
        WeightInitializer.fill(w, nIn, nZ, spec.init(), spec.effectiveInitScale(), seed);
        if (panelCut > 0) {
            // drawn row-major as always (the same initial weights), then stored as the two panels
            int n = (nIn + 1) * nZ;
            float[] values = new float[n];
            params.readFloats(start, values, 0, n);
            permute(values, start, true);
            params.putFloats(start, values, 0, n);
        }
        if (batchNorm) {
            for (int c = 0; c < nZ; c++) {
                params.set(gammaAt + c, 1.0);
                params.set(betaAt + c, 0.0);
                state.set(runMeanAt + c, 0.0);
                state.set(runVarAt + c, 1.0);
            }
        }
        if (alphaAt >= 0) {
            params.set(alphaAt, fixedAlpha);
        }
    }

    double alpha() {
        return alphaAt >= 0 ? params.get(alphaAt) : fixedAlpha;
    }

    /**
     * Java-heap scratch for the float kernels, shared by all layers of one pass (they run one after the
     * other) and grown on first use, so that a training step allocates nothing after the first.
     */
    static final class Scratch {
        float[] a = new float[0];
        float[] b = new float[0];
        float[] c = new float[0];

        void ensure(int n) {
            if (a.length < n) {
                a = new float[n];
                b = new float[n];
                c = new float[n];
            }
        }
    }

    /** Per-pass work arrays of this layer, sized for {@code capacity} examples. */
    final class Buffers {
        final int capacity;
        final Block z;
        final Block xhat;
        final Block u;
        /** Activations before dropout (the probes read these). */
        final Block h;
        /** Output to the next layer, followed by a column of ones when the backend folds the bias in. */
        final Block a;
        /** {@code a} with its ones column, or {@code a} itself when there is none. */
        final Block aWithOnes;
        /** Dropout's factors: 0 or 1/(1 − p) per unit and example (native, so either backend applies them). */
        final Block mask;
        final int[] argmax;
        final double[] mean;
        final double[] invStd;
        final double[] colSum;
        final double[] colSum2;
        final Block dA;
        final Block dU;
        final Block dZ;
        final Scratch scratch;
        /**
         * Mixed mode, training passes: g_k(u) of every candidate k, [k][r·units + c], kept from forward for
         * backward (both dJ/du and dJ/dα need them; recomputing would double the exp work).
         */
        final double[][] candidateOut;

        /** z, dA and dZ carry an extra column like a's ones column ({@link Kernels#wideLayers}). */
        final boolean wide;

        Buffers(Precision p, int capacity, boolean backward, Scratch scratch, boolean onesColumn, boolean wideLayers) {
            this.capacity = capacity;
            this.scratch = scratch;
            double c = onePreimage();
            wide = onesColumn && wideLayers && !Double.isNaN(c);
            z = wide ? Block.allocateWide(p, capacity, nZ, c) : Block.allocate(p, capacity, nZ);
            xhat = batchNorm ? Block.allocate(p, capacity, nZ) : null;
            u = batchNorm ? Block.allocate(p, capacity, nZ) : z;
            a = onesColumn ? Block.allocateWithOnes(p, capacity, units) : Block.allocate(p, capacity, units);
            aWithOnes = onesColumn ? a.withOnes() : a;
            h = dropRate > 0 ? Block.allocate(p, capacity, units) : a;
            mask = dropRate > 0 ? Block.allocate(p, capacity, units) : null;
            argmax = maxout ? new int[capacity * units] : null;
            mean = new double[nZ];
            invStd = new double[nZ];
            colSum = new double[nZ];
            colSum2 = new double[nZ];
            dA = !backward ? null : wide ? Block.allocateWide(p, capacity, units, 0) : Block.allocate(p, capacity, units);
            dZ = !backward ? null : wide ? Block.allocateWide(p, capacity, nZ, 0) : Block.allocate(p, capacity, nZ);
            dU = backward && batchNorm ? Block.allocate(p, capacity, nZ) : dZ;
            candidateOut = backward && mix != null ? new double[mix.size()][capacity * units] : null;
            reluForward = new ReluForward(this);
            reluBackward = new ReluBackward(this);
        }

        final ReluForward reluForward;
        final ReluBackward reluBackward;
        /** The two panels' parts of a product (a layer with {@link #panelCut}); the owner's first. */
        final SplitBlas.Part[] panelParts = {new SplitBlas.Part(), new SplitBlas.Part()};
    }

    /**
     * A float ReLU layer without batch norm, dropout, maxout or mixing: its activation and derivative are
     * element-wise on z alone, so a split product can apply them to its own columns ({@link SplitBlas.Epilogue}).
     */
    boolean plainRelu() {
        return floatKernels && g == Activation.RELU && !batchNorm && dropRate == 0 && !maxout && mix == null;
    }

    /** h = max(z, 0) on columns [c0, c1) of the first m rows (u is z and h is a for a plain ReLU layer). */
    final class ReluForward implements SplitBlas.Epilogue {
        private final Buffers b;
        int m;

        ReluForward(Buffers b) {
            this.b = b;
        }

        @Override
        public void apply(int c0, int c1, Scratch s) {
            int n = c1 - c0;
            for (int r = 0; r < m; r++) {
                b.u.mem.readFloats(b.u.index(r, c0), s.a, 0, n);
                FloatKernels.relu(s.a, s.b, n);
                b.h.mem.putFloats(b.h.index(r, c0), s.b, 0, n);
            }
        }

        @Override
        public void applyRows(int r0, int r1, Scratch s) {
            s.ensure(units);
            for (int r = r0; r < r1; r++) {
                b.u.mem.readFloats(b.u.index(r, 0), s.a, 0, units);
                FloatKernels.relu(s.a, s.b, units);
                b.h.mem.putFloats(b.h.index(r, 0), s.b, 0, units);
            }
        }
    }

    /** dJ/dz = dJ/da ⊙ g'(z) on columns [c0, c1) of the first m rows (see {@link #plainRelu()}). */
    final class ReluBackward implements SplitBlas.Epilogue {
        private final Buffers b;
        int m;

        ReluBackward(Buffers b) {
            this.b = b;
        }

        @Override
        public void apply(int c0, int c1, Scratch s) {
            int n = c1 - c0;
            for (int r = 0; r < m; r++) {
                b.dA.mem.readFloats(b.dA.index(r, c0), s.b, 0, n);
                b.u.mem.readFloats(b.u.index(r, c0), s.a, 0, n);
                FloatKernels.reluBackward(s.b, s.a, s.c, n);
                b.dU.mem.putFloats(b.dU.index(r, c0), s.c, 0, n);
            }
        }

        @Override
        public void applyRows(int r0, int r1, Scratch s) {
            s.ensure(units);
            for (int r = r0; r < r1; r++) {
                b.dA.mem.readFloats(b.dA.index(r, 0), s.b, 0, units);
                b.u.mem.readFloats(b.u.index(r, 0), s.a, 0, units);
                FloatKernels.reluBackward(s.b, s.a, s.c, units);
                b.dU.mem.putFloats(b.dU.index(r, 0), s.c, 0, units);
            }
        }
    }

    Buffers buffers(Precision p, int capacity, boolean backward, Scratch scratch, boolean onesColumn,
                    boolean wideLayers) {
        return new Buffers(p, capacity, backward, scratch, onesColumn, wideLayers);
    }

    /**
     * A value c with g(c) = 1 exactly in float and double for this layer's activation, when the layer is plain
     * (no batch norm, dropout, maxout or mixture, so z is u and a is h); NaN otherwise. σ(50) and tanh(50)
     * round to 1 (e^−50 ≈ 2e−22 is below half an ulp of 1 in double); ReLU, leaky ReLU, |z| and the identity
     * give 1 at 1. Softplus has no such value.
     */
    double onePreimage() {
        if (batchNorm || dropRate > 0 || maxout || mix != null) {
            return Double.NaN;
        }
        return onePreimage(g);
    }

    /** A value c with g(c) = 1 exactly (see {@link #onePreimage()}), NaN when g has none we use. */
    static double onePreimage(Activation g) {
        return switch (g) {
            case SIGMOID, TANH -> 50.0;
            case RELU, LEAKY_RELU, ABS, IDENTITY -> 1.0;
            default -> Double.NaN;
        };
    }

    /** dJ/dz = dJ/da ⊙ g'(z) on rows [r0, r1) of a {@link #plainRelu()} layer (dA, z and dZ are dense). */
    void reluBackwardRows(Buffers b, int r0, int r1, Scratch s) {
        int n = (r1 - r0) * units;
        s.ensure(n);
        b.dA.mem.readFloats(b.dA.index(r0, 0), s.b, 0, n);
        b.u.mem.readFloats(b.u.index(r0, 0), s.a, 0, n);
        FloatKernels.reluBackward(s.b, s.a, s.c, n);
        b.dU.mem.putFloats(b.dU.index(r0, 0), s.c, 0, n);
    }

    /**
     * Forward pass of {@code m} examples from {@code in} ([m, n_in + 1] with a last column of ones, or
     * [m, n_in] and the bias added from {@code ones}).
     *
     * @param training batch statistics and dropout (else running statistics, no dropout)
     * @param newMask  draw a fresh dropout mask (false reuses the last one, for gradient checks)
     */
    void forward(Kernels mm, Block in, Block ones, Buffers b, int m, boolean training, boolean newMask,
                 SplittableRandom rng) {
        if (panelCut > 0) {
            // the two panels' products, each with its ReLU, on the step's two threads or one after the other
            b.reluForward.m = m;
            b.panelParts[0].set(false, false, m, panelCut, nIn + 1, 1.0, in, 0, wA, 0, 0.0, b.z, 0);
            b.panelParts[0].then(b.reluForward, 0, panelCut);
            b.panelParts[1].set(false, false, m, nZ - panelCut, nIn + 1, 1.0, in, 0, wB, 0, 0.0, b.z, panelCut);
            b.panelParts[1].then(b.reluForward, panelCut, nZ);
            SplitBlas.both(mm, b.panelParts[0], b.panelParts[1]);
            StepPhases.enter(StepPhases.FORWARD_ELEMENTWISE, index);
            return;
        }
        if (mm instanceof SplitBlas split && plainRelu() && in.cols == nIn + 1) {
            // z = [a_prev 1]·[W; b] and ReLU, each thread on the columns of z it computed
            b.reluForward.m = m;
            split.gemm(false, false, m, nZ, nIn + 1, 1.0, in, w, 0.0, b.z, b.reluForward);
            StepPhases.enter(StepPhases.FORWARD_ELEMENTWISE, index);
            return;
        }
        // z = [a_prev 1]·[W; b]
        Affine.forward(mm, in, ones, w, wTop, bRow, b.z, m, nIn, nZ);
        StepPhases.enter(StepPhases.FORWARD_ELEMENTWISE, index);
        if (batchNorm) {
            batchNormForward(b, m, training);
        }
        if (maxout) {
            maxoutForward(b, m);
        } else {
            activationForward(mm, b, m);
        }
        if (dropRate > 0) {
            if (training) {
                dropoutForward(mm, b, m, newMask, rng);
            } else if (!mm.copy(b.h, b.a, m)) {
                copy(b.h, b.a, m, units);
            }
        }
    }

    private void batchNormForward(Buffers b, int m, boolean training) {
        double[] mean = b.mean;
        double[] invStd = b.invStd;
        if (training) {
            // μ and σ² of every column over the minibatch (σ² biased, divided by m as in the course)
            java.util.Arrays.fill(b.colSum, 0);
            java.util.Arrays.fill(b.colSum2, 0);
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < nZ; c++) {
                    b.colSum[c] += b.z.get(r, c);
                }
            }
            for (int c = 0; c < nZ; c++) {
                mean[c] = b.colSum[c] / m;
            }
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < nZ; c++) {
                    double d = b.z.get(r, c) - mean[c];
                    b.colSum2[c] += d * d;
                }
            }
            for (int c = 0; c < nZ; c++) {
                double var = b.colSum2[c] / m;
                invStd[c] = 1 / Math.sqrt(var + BN_EPSILON);
                state.set(runMeanAt + c, BN_MOMENTUM * state.get(runMeanAt + c) + (1 - BN_MOMENTUM) * mean[c]);
                state.set(runVarAt + c, BN_MOMENTUM * state.get(runVarAt + c) + (1 - BN_MOMENTUM) * var);
            }
        } else {
            for (int c = 0; c < nZ; c++) {
                mean[c] = state.get(runMeanAt + c);
                invStd[c] = 1 / Math.sqrt(state.get(runVarAt + c) + BN_EPSILON);
            }
        }
        // x̂ = (z − μ)/√(σ² + ε);  u = γ·x̂ + β
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < nZ; c++) {
                double xh = (b.z.get(r, c) - mean[c]) * invStd[c];
                b.xhat.set(r, c, xh);
                b.u.set(r, c, params.get(gammaAt + c) * xh + params.get(betaAt + c));
            }
        }
    }

    private void activationForward(Kernels mm, Buffers b, int m) {
        if (mix != null) {
            mixedForward(b, m);
            return;
        }
        if (mm.activate(g, alpha(), b.u, b.h, m)) {
            return;
        }
        if (floatKernels && !b.wide) {
            // u is dense ([capacity, units]); h may carry the ones column, so it is written row by row
            int n = m * units;
            Scratch s = b.scratch;
            s.ensure(n);
            b.u.mem.readFloats(b.u.index(0, 0), s.a, 0, n);
            if (g == Activation.SIGMOID) {
                FloatKernels.sigmoid(s.a, s.b, s.c, n);
            } else {
                FloatKernels.relu(s.a, s.b, n);
            }
            putRows(s.b, b.h, m, units);
            return;
        }
        double alpha = alpha();
        Block u = b.u;
        Block h = b.h;
        switch (g) {
            // the common cases get their own loops: the per-element switch of apply() costs ~20 % at W3
            case SIGMOID -> {
                for (int r = 0; r < m; r++) {
                    int iu = u.index(r, 0);
                    int ih = h.index(r, 0);
                    for (int c = 0; c < units; c++) {
                        h.mem.set(ih + c, ActivationMath.sigmoid(u.mem.get(iu + c)));
                    }
                }
            }
            case RELU -> {
                for (int r = 0; r < m; r++) {
                    int iu = u.index(r, 0);
                    int ih = h.index(r, 0);
                    for (int c = 0; c < units; c++) {
                        double z = u.mem.get(iu + c);
                        h.mem.set(ih + c, z < 0 ? 0 : z); // NaN passes, so divergence shows
                    }
                }
            }
            default -> {
                for (int r = 0; r < m; r++) {
                    int iu = u.index(r, 0);
                    int ih = h.index(r, 0);
                    for (int c = 0; c < units; c++) {
                        h.mem.set(ih + c, ActivationMath.apply(g, alpha, u.mem.get(iu + c)));
                    }
                }
            }
        }
    }

    private void maxoutForward(Buffers b, int m) {
        for (int r = 0; r < m; r++) {
            for (int j = 0; j < units; j++) {
                int best = 0;
                double max = b.u.get(r, j * pieces);
                for (int p = 1; p < pieces; p++) {
                    double v = b.u.get(r, j * pieces + p);
                    if (v > max || v != v) { // NaN wins, so divergence shows
                        max = v;
                        best = p;
                    }
                }
                b.h.set(r, j, max);
                b.argmax[r * units + j] = best;
            }
        }
    }

    private void dropoutForward(Kernels mm, Buffers b, int m, boolean newMask, SplittableRandom rng) {
        double keep = 1 - dropRate;
        float scale = (float) (1 / keep);
        if (newMask) {
            // drawn in Java on both backends, so both drop the same units
            Mem mask = b.mask.mem;
            for (int i = 0; i < m * units; i++) {
                mask.set(i, rng.nextDouble() < keep ? scale : 0f);
            }
        }
        if (mm.multiply(b.h, b.mask, b.a, m)) {
            return;
        }
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < units; c++) {
                b.a.set(r, c, b.h.get(r, c) * b.mask.get(r, c));
            }
        }
    }

    /**
     * Backward pass: from dJ/da (in {@code b.dA}) to dJ/dz (in {@code b.dZ}), adding dJ/dγ, dJ/dβ and
     * dJ/dα to the gradient buffer. dJ/dW needs the layer's input and is done by the network.
     */
    void backwardToZ(Kernels mm, Buffers b, int m) {
        Block dH = b.dA;
        if (dropRate > 0 && !mm.multiply(dH, b.mask, dH, m)) {
            // da/dh = mask / keep: the same factor the forward pass applied
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < units; c++) {
                    int i = dH.index(r, c);
                    dH.mem.set(i, dH.mem.get(i) * b.mask.get(r, c));
                }
            }
        }
        if (maxout) {
            // only the winning piece of each unit passed its value on, so only it gets gradient
            for (int r = 0; r < m; r++) {
                for (int j = 0; j < units; j++) {
                    int win = b.argmax[r * units + j];
                    for (int p = 0; p < pieces; p++) {
                        b.dU.set(r, j * pieces + p, p == win ? dH.get(r, j) : 0.0);
                    }
                }
            }
        } else {
            activationBackward(mm, b, dH, m);
        }
        if (batchNorm) {
            batchNormBackward(b, m);
        }
    }

    private void activationBackward(Kernels mm, Buffers b, Block dH, int m) {
        if (mix != null) {
            mixedBackward(b, dH, m);
            return;
        }
        if (mm.activateBackward(g, alpha(), dH, b.u, b.h, b.dU, m)) {
            return;
        }
        if (floatKernels && !b.wide) {
            // dH and dU are dense [capacity, units]
            int n = m * units;
            Scratch s = b.scratch;
            s.ensure(n);
            dH.mem.readFloats(dH.index(0, 0), s.b, 0, n);
            if (g == Activation.SIGMOID) {
                readRows(b.h, s.a, m, units);
                FloatKernels.sigmoidBackward(s.b, s.a, s.c, n);
            } else {
                b.u.mem.readFloats(b.u.index(0, 0), s.a, 0, n);
                FloatKernels.reluBackward(s.b, s.a, s.c, n);
            }
            b.dU.mem.putFloats(b.dU.index(0, 0), s.c, 0, n);
            return;
        }
        double alpha = alpha();
        double dAlpha = 0;
        Block u = b.u;
        Block h = b.h;
        Block dU = b.dU;
        switch (g) {
            case SIGMOID -> {
                for (int r = 0; r < m; r++) {
                    int ih = h.index(r, 0);
                    int id = dH.index(r, 0);
                    int iu = dU.index(r, 0);
                    for (int c = 0; c < units; c++) {
                        double a = h.mem.get(ih + c);
                        dU.mem.set(iu + c, dH.mem.get(id + c) * a * (1 - a));
                    }
                }
            }
            case RELU -> {
                for (int r = 0; r < m; r++) {
                    int iz = u.index(r, 0);
                    int id = dH.index(r, 0);
                    int iu = dU.index(r, 0);
                    for (int c = 0; c < units; c++) {
                        dU.mem.set(iu + c, u.mem.get(iz + c) > 0 ? dH.mem.get(id + c) : 0.0);
                    }
                }
            }
            default -> {
                for (int r = 0; r < m; r++) {
                    for (int c = 0; c < units; c++) {
                        double z = u.get(r, c);
                        double d = dH.get(r, c);
                        dU.set(r, c, d * ActivationMath.derivative(g, alpha, z, h.get(r, c)));
                        if (z <= 0) {
                            dAlpha += d * z; // ∂(αz)/∂α, used by PReLU only
                        }
                    }
                }
            }
        }
        if (alphaAt >= 0) {
            grads.set(alphaAt, dAlpha);
        }
    }

    /**
     * h = g_mix(u) = Σ_k p_k·g_k(u), p = softmax(α) taken now (the backward pass reuses these p). Training
     * passes keep every g_k(u) for backward; evaluation passes have nowhere to keep them and need not.
     */
    private void mixedForward(Buffers b, int m) {
        double[] p = mix.refreshWeights();
        int k = p.length;
        double[][] keep = b.candidateOut;
        Block u = b.u;
        Block h = b.h;
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < units; c++) {
                double z = u.get(r, c);
                double s = 0;
                for (int j = 0; j < k; j++) {
                    double gj = mix.candidate(j, z);
                    if (keep != null) {
                        keep[j][r * units + c] = gj;
                    }
                    s += p[j] * gj;
                }
                h.set(r, c, s);
            }
        }
    }

    /**
     * With δ = dJ/dh: dJ/du = δ ⊙ Σ_k p_k g_k'(u), and dJ/dα_j = p_j · Σ_{r,c} δ·(g_j(u) − g_mix(u)),
     * the latter written to the mixture's own gradient (never to the weight gradient buffer). g_mix is
     * re-summed from the kept double values rather than read from h, which a float network rounded.
     */
    private void mixedBackward(Buffers b, Block dH, int m) {
        double[] p = mix.weights;
        int k = p.length;
        double[][] kept = b.candidateOut;
        double[] sums = mix.partial;
        java.util.Arrays.fill(sums, 0);
        Block u = b.u;
        Block dU = b.dU;
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < units; c++) {
                int i = r * units + c;
                double z = u.get(r, c);
                double d = dH.get(r, c);
                double gMix = 0;
                double slope = 0;
                for (int j = 0; j < k; j++) {
                    double gj = kept[j][i];
                    gMix += p[j] * gj;
                    slope += p[j] * mix.candidateDerivative(j, z, gj);
                }
                dU.set(r, c, d * slope);
                for (int j = 0; j < k; j++) {
                    sums[j] += d * (kept[j][i] - gMix);
                }
            }
        }
        for (int j = 0; j < k; j++) {
            mix.gradient[j] = p[j] * sums[j];
        }
    }

    private void batchNormBackward(Buffers b, int m) {
        // With dY = dJ/du: dβ = Σ_r dY, dγ = Σ_r dY·x̂, and
        // dJ/dz = γ/√(σ² + ε) · (dY − dβ/m − x̂·dγ/m)  (the batch statistics depend on z too).
        double[] dBeta = b.colSum;
        double[] dGamma = b.colSum2;
        java.util.Arrays.fill(dBeta, 0);
        java.util.Arrays.fill(dGamma, 0);
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < nZ; c++) {
                double dy = b.dU.get(r, c);
                dBeta[c] += dy;
                dGamma[c] += dy * b.xhat.get(r, c);
            }
        }
        for (int c = 0; c < nZ; c++) {
            grads.set(betaAt + c, dBeta[c]);
            grads.set(gammaAt + c, dGamma[c]);
        }
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < nZ; c++) {
                double k = params.get(gammaAt + c) * b.invStd[c];
                b.dZ.set(r, c, k * (b.dU.get(r, c) - dBeta[c] / m - b.xhat.get(r, c) * dGamma[c] / m));
            }
        }
    }

    /** Rows 0..m−1 of {@code to} from the dense rows of {@code src} (bulk copies: float blocks only). */
    private static void putRows(float[] src, Block to, int m, int cols) {
        for (int r = 0; r < m; r++) {
            to.mem.putFloats(to.index(r, 0), src, r * cols, cols);
        }
    }

    private static void readRows(Block from, float[] dst, int m, int cols) {
        for (int r = 0; r < m; r++) {
            from.mem.readFloats(from.index(r, 0), dst, r * cols, cols);
        }
    }

    static void copy(Block from, Block to, int m, int cols) {
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < cols; c++) {
                to.set(r, c, from.get(r, c));
            }
        }
    }

    private String mixName() {
        StringBuilder sb = new StringBuilder();
        for (Activation a : mix.candidates) {
            sb.append(sb.length() == 0 ? "" : "/").append(a.id());
        }
        return sb.toString();
    }

    /** Copies the running statistics of this layer into {@code out} starting at {@code at}. */
    int readState(float[] out, int at) {
        int n = stateCount(spec);
        for (int i = 0; i < n; i++) {
            out[at + i] = (float) state.get(runMeanAt + i);
        }
        return at + n;
    }

    int writeState(float[] in, int at) {
        int n = stateCount(spec);
        for (int i = 0; i < n; i++) {
            state.set(runMeanAt + i, in[at + i]);
        }
        return at + n;
    }

    String describe() {
        String what = maxout ? "maxout " + units + "×" + pieces
                : mix != null ? "mixed " + mixName() + " " + units : g.id() + " " + units;
        // "layer 2", as the charts name the hidden layers (the output layer is "output" in both)
        return "layer " + (index + 1) + " (" + what
                + (batchNorm ? ", batch norm" : "") + (dropRate > 0 ? ", dropout " + dropRate : "") + ")";
    }
}
