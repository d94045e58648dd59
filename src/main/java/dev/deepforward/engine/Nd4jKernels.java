package dev.deepforward.engine;

import java.util.HashMap;
import java.util.Map;

import org.bytedeco.javacpp.Pointer;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.Op;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMultiplication;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.transforms.same.Abs;
import org.nd4j.linalg.api.ops.impl.transforms.same.OneMinus;
import org.nd4j.linalg.api.ops.impl.transforms.same.Sign;
import org.nd4j.linalg.api.ops.impl.transforms.same.TimesOneMinus;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.SoftPlus;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.OutputActivation;

/**
 * The engine's kernels as ND4J operations: products through ND4J's {@code matmul}, vector work through
 * its BLAS wrapper, activations, dropout, softmax and the loss through its transform, scalar and pairwise
 * operations, and the optimizers through its own updater operations ({@link Nd4jUpdater}). Nothing is
 * copied to the Java heap: every operation reads and writes the network's native buffers through views.
 *
 * <p>Keeping ND4J's per-operation cost down (a plain {@code Nd4j.gemm} builds a native op context per call,
 * ~12 µs; a reused one ~1–2 µs): every view of a block and every operation with its bound arguments is made
 * once, on first use, and rerun — custom operations through a kept {@link OpContext}, legacy ones as kept
 * op objects. A short last batch gets its own views and operations (keyed by row count).
 *
 * <p>One instance per network: the caches are not thread-safe, and a network is trained by one thread.
 */
final class Nd4jKernels implements Kernels {

    /**
     * What a cached view or operation of the updater is of: memories (compared by identity: Mem does not override
     * equals; never an INDArray, whose equals compares contents), plus the range it was made for.
     */
    private record Key(String what, Object a, Object b, Object c, long size) {
    }

    /**
     * A view or bound operation kept on the block it is of ({@link Block#kernelState}), found by a short scan of
     * identity comparisons instead of a map lookup (a map lookup with its key object cost ~2 % of a W3 step): what it
     * is ({@code what}, always a string constant, so compared by identity), the other blocks it binds and the size.
     */
    private static final class Slot {
        final Nd4jKernels owner;
        final String what;
        final Object b;
        final Object c;
        final long size;
        final Object value;
        final Slot next;

        Slot(Nd4jKernels owner, String what, Object b, Object c, long size, Object value, Slot next) {
            this.owner = owner;
            this.what = what;
            this.b = b;
            this.c = c;
            this.size = size;
            this.value = value;
            this.next = next;
        }
    }

    /** A custom operation bound once to its arguments, with the floating-point arguments last set. */
    private static final class Prepared {
        final DynamicCustomOp op;
        final OpContext context;
        final long hash;
        final Pointer pointer;
        double[] targs = new double[0];
        double alpha = Double.NaN;
        double beta = Double.NaN;

        Prepared(DynamicCustomOp op, OpContext context) {
            this.op = op;
            this.context = context;
            this.hash = op.opHash();
            this.pointer = context.contextPointer();
        }
    }

    private final Map<Key, Object> cache = new HashMap<>();
    private final OpExecutioner exec;
    /**
     * On the CPU backend, bound custom operations run straight through libnd4j's {@code execCustomOp2} on their kept
     * context: ND4J's executioner adds ~1 µs a call on top (profiling hooks, the oneDNN switch, a list of the
     * outputs to return), about a twelfth of a W3 product. Elsewhere (CUDA) through the executioner, which also
     * synchronizes the device buffers.
     */
    private final NativeOps direct;

    Nd4jKernels() {
        NativeThreads.ensureConfigured();
        this.exec = Nd4j.getExecutioner();
        this.direct = onCpu() ? NativeOpsHolder.getInstance().getDeviceNativeOps() : null;
    }

    /** Whether ND4J runs on its CPU backend (nd4j-native), where the direct kernels can run too. */
    static boolean onCpu() {
        NativeThreads.ensureConfigured();
        return Nd4j.getBackend().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT).contains("cpu");
    }

    static String describeDevice() {
        NativeThreads.ensureConfigured();
        String backend = Nd4j.getBackend().getClass().getSimpleName();
        String device = onCpu() ? "cpu, " + Runtime.getRuntime().availableProcessors() + " cores, libnd4j "
                + NativeBuild.loaded()
                : "gpu, " + Nd4j.getAffinityManager().getNumberOfDevices() + " device(s)";
        return backend + " (" + device + ")";
    }

    @Override
    public Backend backend() {
        return Backend.ND4J;
    }

    /**
     * Activations carry a ones column, so the bias enters the product (one matmul a layer instead of a
     * product and a rank-1 bias product, forward and backward); plain layers are kept wide
     * ({@link #wideLayers}), so their element-wise steps still run over contiguous memory. Layers that are not
     * plain hand the steps whose blocks differ in layout to their Java loops.
     */
    @Override
    public boolean onesColumn() {
        return true;
    }

    @Override
    public boolean wideLayers() {
        return true;
    }

    // ------------------------------------------------------------------ views and prepared operations

    /** Rows × cols of a block as an ND4J view of its memory (made once, then reused). */
    private INDArray view(Block b, int rows, int cols) {
        long size = ((long) rows << 32) | cols;
        Object v = find(b, "view", null, null, size);
        if (v == null) {
            v = keep(b, "view", null, null, size,
                    Nd4j.create(b.mem.array.data(), new long[] {rows, cols}, new long[] {b.ld, 1}, b.offset, 'c'));
        }
        return (INDArray) v;
    }

    /**
     * The first m rows of a block as one vector of m·ld elements: a dense block's elements, or a wide one's with
     * its extra column (element-wise operations take only blocks of one layout: {@link #sameLayout}).
     */
    private INDArray flat(Block b, int m) {
        int n = m == 1 ? b.cols : m * b.ld;
        Object v = find(b, "flat", null, null, n);
        if (v == null) {
            if (b.ld != b.cols && b.ld != b.cols + 1 && m > 1) {
                throw new IllegalStateException("ND4J kernels need dense or wide blocks");
            }
            v = keep(b, "flat", null, null, n, Nd4j.create(b.mem.array.data(), new long[] {n}, new long[] {1},
                    b.offset, 'c'));
        }
        return (INDArray) v;
    }

    /**
     * Whether blocks can be treated as flat vectors of the same elements: all dense, or all wide (a trailing
     * extra column) of one width.
     */
    private static boolean sameLayout(Block... blocks) {
        Block first = blocks[0];
        for (Block b : blocks) {
            if (b.cols != first.cols || b.ld != first.ld || (b.ld != b.cols && b.ld != b.cols + 1)) {
                return false;
            }
        }
        return true;
    }

    /** What {@code a} keeps of {@code what} with {@code b}, {@code c} and {@code size}, or null. */
    private Object find(Block a, String what, Object b, Object c, long size) {
        for (Slot s = (Slot) a.kernelState; s != null; s = s.next) {
            if (s.what == what && s.b == b && s.c == c && s.size == size && s.owner == this) {
                return s.value;
            }
        }
        return null;
    }

    private Object keep(Block a, String what, Object b, Object c, long size, Object value) {
        a.kernelState = new Slot(this, what, b, c, size, value, (Slot) a.kernelState);
        return value;
    }

    private Prepared prepared(String op, Block a, Block b, Block c, long size, INDArray[] in, INDArray[] out,
                              long... iargs) {
        Object p = find(a, op, b, c, size);
        if (p == null) {
            OpContext ctx = exec.buildContext();
            for (int i = 0; i < in.length; i++) {
                ctx.setInputArray(i, in[i]);
            }
            for (int i = 0; i < out.length; i++) {
                ctx.setOutputArray(i, out[i]);
            }
            if (iargs.length > 0) {
                ctx.setIArguments(iargs);
            }
            p = keep(a, op, b, c, size, new Prepared(DynamicCustomOp.builder(op).build(), ctx));
        }
        return (Prepared) p;
    }

    private void run(Prepared p) {
        if (direct == null) {
            exec.exec(p.op, p.context);
            return;
        }
        int status = direct.execCustomOp2(null, p.hash, p.pointer);
        if (status != 0 || direct.lastErrorCode() != 0) {
            throw new IllegalStateException("ND4J operation " + p.op.opName() + " failed (" + status + "): "
                    + direct.lastErrorMessage());
        }
    }

    /** Runs a prepared op with floating-point arguments, setting them only when they changed. */
    private void run(Prepared p, double... targs) {
        if (!java.util.Arrays.equals(p.targs, targs)) {
            p.context.setTArguments(targs);
            p.targs = targs.clone();
        }
        run(p);
    }

    private interface LegacyFactory {
        Op make();
    }

    private void legacy(String what, Block a, Block b, long size, LegacyFactory factory) {
        Object op = find(a, what, b, null, size);
        if (op == null) {
            op = keep(a, what, b, null, size, factory.make());
        }
        exec.exec((Op) op);
    }

    // ------------------------------------------------------------------ products and vectors

    /**
     * Computed as Cᵀ = op(B)ᵀ·op(A)ᵀ on transposed views: libnd4j's product works in column-major order
     * and copies a row-major output to a temporary and back on every call, while the transpose of our
     * row-major C is a column-major view of the same memory.
     */
    @Override
    public void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, Block a, Block b,
                     double beta, Block c) {
        if (m == 0 || n == 0) {
            return;
        }
        long size = ((long) m << 42) | ((long) n << 21) | k;
        String name = transA ? (transB ? "matmulTT" : "matmulT_") : (transB ? "matmul_T" : "matmul__");
        Prepared p = (Prepared) find(c, name, a, b, size);
        if (p == null) {
            INDArray x = transB ? strided(b, n, k, b.ld, 1) : strided(b, n, k, 1, b.ld);
            INDArray y = transA ? strided(a, k, m, a.ld, 1) : strided(a, k, m, 1, a.ld);
            INDArray z = strided(c, n, m, 1, c.ld);
            OpContext ctx = exec.buildContext();
            ctx.setInputArray(0, x);
            ctx.setInputArray(1, y);
            ctx.setOutputArray(0, z);
            ctx.setIArguments(0, 0, 0);
            p = (Prepared) keep(c, name, a, b, size, new Prepared(DynamicCustomOp.builder("matmul").build(), ctx));
        }
        if (p.alpha != alpha || p.beta != beta) {
            p.context.setTArguments(alpha, beta);
            p.alpha = alpha;
            p.beta = beta;
        }
        run(p);
    }

    private static INDArray strided(Block b, int rows, int cols, long rowStride, long colStride) {
        return Nd4j.create(b.mem.array.data(), new long[] {rows, cols}, new long[] {rowStride, colStride}, b.offset,
                rowStride == 1 && rows > 1 ? 'f' : 'c');
    }

    @Override
    public void axpy(double alpha, Block x, Block y) {
        Nd4j.getBlasWrapper().level1().axpy(y.cols, alpha, flat(x, 1), flat(y, 1));
    }

    @Override
    public double dot(Block x, Block y) {
        return Nd4j.getBlasWrapper().level1().dot(y.cols, 1.0, flat(x, 1), flat(y, 1));
    }

    @Override
    public double asum(Block x) {
        return Nd4j.getBlasWrapper().level1().asum(flat(x, 1));
    }

    // ------------------------------------------------------------------ element-wise steps

    @Override
    public boolean activate(Activation g, double alpha, Block u, Block h, int m) {
        if (!sameLayout(u, h)) {
            return false;
        }
        INDArray in = flat(u, m);
        INDArray out = flat(h, m);
        switch (g) {
            case SIGMOID -> legacy("sigmoid", u, h, m, () -> new Sigmoid(in, out));
            case TANH -> legacy("tanh", u, h, m, () -> new Tanh(in, out));
            case RELU -> legacy("relu", u, h, m, () -> new RectifiedLinear(in, out, 0.0));
            case LEAKY_RELU -> legacy("lrelu", u, h, m, () -> new LeakyReLU(in, out, alpha));
            case ABS -> legacy("abs", u, h, m, () -> new Abs(in, out));
            case SOFTPLUS -> legacy("softplus", u, h, m, () -> new SoftPlus(in, out));
            case IDENTITY -> copy(u, h, m);
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean activateBackward(Activation g, double alpha, Block dH, Block u, Block h, Block dU, int m) {
        boolean fromH = g == Activation.SIGMOID || g == Activation.TANH;
        if (!sameLayout(dH, fromH ? h : u, dU)) {
            return false;
        }
        INDArray vu = flat(u, m);
        INDArray vh = flat(h, m);
        INDArray vd = flat(dU, m);
        switch (g) {
            // σ' = h(1 − h), tanh' = 1 − h², ReLU' = step(u), |u|' = sign(u), softplus' = σ(u); then ⊙ dH
            case SIGMOID -> legacy("dsigmoid", h, dU, m, () -> new TimesOneMinus(vh, vd));
            case TANH -> {
                multiply(h, h, dU, m);
                legacy("oneminus", dU, dU, m, () -> new OneMinus(vd, vd));
            }
            case RELU -> legacy("step", u, dU, m, () -> new Step(vu, vd, 0.0));
            case ABS -> legacy("sign", u, dU, m, () -> new Sign(vu, vd));
            case SOFTPLUS -> legacy("dsoftplus", u, dU, m, () -> new Sigmoid(vu, vd));
            case IDENTITY -> {
                return copy(dH, dU, m);
            }
            default -> {
                return false;
            }
        }
        return multiply(dU, dH, dU, m);
    }

    @Override
    public boolean multiply(Block x, Block y, Block out, int m) {
        if (!sameLayout(x, y, out)) {
            return false;
        }
        Prepared p = prepared("multiply", x, y, out, m, new INDArray[] {flat(x, m), flat(y, m)},
                new INDArray[] {flat(out, m)});
        run(p);
        return true;
    }

    @Override
    public boolean copy(Block from, Block to, int m) {
        if (!sameLayout(from, to)) {
            return false;
        }
        Nd4j.getBlasWrapper().level1().copy(flat(from, m), flat(to, m));
        return true;
    }

    @Override
    public boolean outputActivation(OutputActivation activation, Block z, Block p, int m) {
        switch (activation) {
            case SOFTMAX -> run(prepared("softmax", z, p, null, m, new INDArray[] {view(z, m, z.cols)},
                    new INDArray[] {view(p, m, p.cols)}));
            case SIGMOID -> {
                INDArray in = flat(z, m);
                INDArray out = flat(p, m);
                legacy("sigmoid", z, p, m, () -> new Sigmoid(in, out));
            }
            default -> copy(z, p, m);
        }
        return true;
    }

    /**
     * From p: −(1/m)·Σ y·log p is one scalar {@code log} over p's few elements and a BLAS dot (~3 µs on 64×10),
     * where libnd4j's {@code log_softmax} took ~12 µs. A p that underflowed to 0 (a logit ~100 below its row's
     * largest) makes that sum −∞ or NaN (so did {@code log_softmax}, whose −∞ met a label of 0); then this
     * declines and the output layer computes the loss exactly from z (its log-sum-exp loop over the same memory),
     * which happens only in a run that is diverging.
     */
    @Override
    public boolean softmaxCrossEntropy(Block p, Block y, Block scratch, int m, double[] out) {
        if (!sameLayout(p, y, scratch)) {
            return false;
        }
        INDArray vp = flat(p, m);
        INDArray vs = flat(scratch, m);
        legacy("log", p, scratch, m, () -> new Log(vp, vs));
        double s = Nd4j.getBlasWrapper().level1().dot(vs.length(), 1.0, flat(y, m), vs);
        if (!Double.isFinite(s)) {
            return false;
        }
        out[0] = -s / m;
        return true;
    }

    /** As three BLAS calls (copy, axpy, scal: ~1 µs on 64×10), not a subtract operation and a scaling (~3.5 µs). */
    @Override
    public boolean fusedLossGradient(Block p, Block y, Block dZ, int m) {
        if (!sameLayout(p, y, dZ)) {
            return false;
        }
        var blas = Nd4j.getBlasWrapper().level1();
        INDArray d = flat(dZ, m);
        blas.copy(flat(p, m), d);
        blas.axpy(d.length(), -1.0, flat(y, m), d);
        blas.scal(d.length(), 1.0 / m, d);
        return true;
    }

    @Override
    public Update optimizer(OptimizerSpec spec, Precision precision, int n) {
        return new Nd4jUpdater(spec, precision, n, this);
    }

    // ------------------------------------------------------------------ for the updater

    /** A range [from, to) of a memory as a vector view (cached). */
    INDArray range(Mem mem, int from, int to) {
        Key key = new Key("range", mem, null, null, ((long) from << 32) | to);
        Object v = cache.get(key);
        if (v == null) {
            v = Nd4j.create(mem.array.data(), new long[] {to - from}, new long[] {1}, from, 'c');
            cache.put(key, v);
        }
        return (INDArray) v;
    }

    /** Runs a named ND4J updater operation on vectors, bound once per range. */
    void updaterOp(String name, Object owner, int from, int to, INDArray[] in, INDArray[] out, double[] targs,
                   long iarg) {
        Key key = new Key(name, owner, null, null, ((long) from << 32) | to);
        Prepared p = (Prepared) cache.get(key);
        if (p == null) {
            OpContext ctx = exec.buildContext();
            for (int i = 0; i < in.length; i++) {
                ctx.setInputArray(i, in[i]);
            }
            for (int i = 0; i < out.length; i++) {
                ctx.setOutputArray(i, out[i]);
            }
            p = new Prepared(DynamicCustomOp.builder(name).build(), ctx);
            cache.put(key, p);
        }
        if (iarg >= 0) {
            p.context.setIArguments(iarg);
        }
        run(p, targs);
    }

    OpExecutioner executioner() {
        return exec;
    }
}
