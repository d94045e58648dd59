package dev.deepforward.engine;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * The direct kernels on two threads: every big matrix product is cut in two blocks of its result (rows or
 * columns, whichever dimension is larger), the calling thread computing the first with one-threaded
 * OpenBLAS and a {@link StepHelper} the second. Each element of the result is computed by one thread, over
 * the same inner dimension in the same order, so the result does not depend on timing (and was the same
 * as the one-thread product to the bit in every test; see the engine docs). Products too small to pay for
 * a hand-over run on the calling thread alone. Element-wise work is the layers' Java loops, as with
 * {@link DirectBlas}, except a plain ReLU layer's, which each thread applies to the columns (or rows) it
 * computed ({@link Epilogue}); the minibatch copy, the output block, the products of a layer stored in
 * column panels ({@link #both}) and the optimizer's update are split by {@link Network} itself.
 *
 * <p>Why not OpenBLAS's own threads: with two OpenBLAS threads a W2 step ran only ≈ 1.1× faster (its
 * threads split W2's skinny products poorly and the update and element-wise work stay on one core); see
 * the benchmark docs.
 */
final class SplitBlas implements Kernels {

    /** Multiply-adds (m·n·k) from which a product is split: a hand-over costs ≈ 1–3 µs, this is ≈ 10 µs. */
    static final long MIN_SPLIT_WORK = 400_000;

    private final StepHelper helper;
    private final Part mine = new Part();
    private final Part theirs = new Part();

    SplitBlas(StepHelper helper) {
        this.helper = helper;
        NativeThreads.ensureConfigured();
    }

    StepHelper helper() {
        return helper;
    }

    @Override
    public Backend backend() {
        return Backend.DIRECT;
    }

    /**
     * Element-wise work on columns [c0, c1) of every row of a product's result, run right after the product
     * by the thread that computed those columns (a layer's activation or its derivative: one hand-over for
     * both, and the values are still in that thread's cache). {@code scratch} is the thread's own, of at
     * least c1 − c0 floats an array.
     */
    interface Epilogue {
        void apply(int c0, int c1, HiddenLayer.Scratch scratch);

        /** The same work on every column of rows [r0, r1) (a product split by rows). */
        void applyRows(int r0, int r1, HiddenLayer.Scratch scratch);
    }

    @Override
    public void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, Block a, Block b,
                     double beta, Block c) {
        gemm(transA, transB, m, n, k, alpha, a, b, beta, c, null);
    }

    /**
     * The product, then {@code after} on its result, each half of it (columns or rows, as the product is cut)
     * by the thread that computed it; all of it on the calling thread after the product when the product is
     * too small to split.
     */
    void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, Block a, Block b, double beta,
              Block c, Epilogue after) {
        if (m == 0 || n == 0) {
            return;
        }
        if ((long) m * n * k < MIN_SPLIT_WORK || (m < 16 && n < 16)) {
            DirectBlas.INSTANCE.gemm(transA, transB, m, n, k, alpha, a, b, beta, c);
            if (after != null) {
                mine.scratch.ensure(n);
                after.apply(0, n, mine.scratch);
            }
            return;
        }
        boolean rows = m >= n;
        int size = rows ? m : n;
        // the cut on a multiple of 16, so both parts keep OpenBLAS's full-width kernels
        int cut = Math.max(16, cut16(size));
        if (cut >= size) {
            cut = size / 2;
        }
        if (rows) {
            // rows [0, cut) and [cut, m) of C, from the same rows of op(A)
            mine.set(transA, transB, cut, n, k, alpha, a, 0, b, 0, beta, c, 0);
            theirs.set(transA, transB, m - cut, n, k, alpha, a, transA ? cut : (long) cut * a.ld, b, 0, beta, c,
                    (long) cut * c.ld);
            mine.thenRows(after, 0, cut);
            theirs.thenRows(after, cut, m);
        } else {
            // columns [0, cut) and [cut, n) of C, from the same columns of op(B)
            mine.set(transA, transB, m, cut, k, alpha, a, 0, b, 0, beta, c, 0);
            theirs.set(transA, transB, m, n - cut, k, alpha, a, 0, b, transB ? (long) cut * b.ld : cut, beta, c,
                    cut);
            mine.then(after, 0, cut);
            theirs.then(after, cut, n);
        }
        helper.post(theirs);
        mine.run();
        helper.await();
        mine.then(null, 0, 0);
        theirs.then(null, 0, 0);
    }

    /**
     * Two prepared parts of a step (a panel layer's two products, or any two independent halves): on
     * {@code mm}'s two threads when it is the split kernels (the calling thread {@code mine}, the helper
     * {@code theirs}), else one after the other on the calling thread. Either way each part is computed by
     * one thread alone, so the results are the same.
     */
    static void both(Kernels mm, Runnable mine, Runnable theirs) {
        if (mm instanceof SplitBlas two) {
            two.helper.post(theirs);
            mine.run();
            two.helper.await();
        } else {
            mine.run();
            theirs.run();
        }
    }

    @Override
    public void axpy(double alpha, Block x, Block y) {
        DirectBlas.INSTANCE.axpy(alpha, x, y);
    }

    @Override
    public double dot(Block x, Block y) {
        return DirectBlas.INSTANCE.dot(x, y);
    }

    @Override
    public double asum(Block x) {
        return DirectBlas.INSTANCE.asum(x);
    }

    /** One block of a product, with pointers that are moved, never allocated, per call (also the output block's). */
    static final class Part implements Runnable {
        private final FView fa = new FView();
        private final FView fb = new FView();
        private final FView fc = new FView();
        private final DView da = new DView();
        private final DView db = new DView();
        private final DView dc = new DView();
        private boolean transA;
        private boolean transB;
        private boolean floats;
        private int m;
        private int n;
        private int k;
        private int lda;
        private int ldb;
        private int ldc;
        private double alpha;
        private double beta;
        private Epilogue after;
        /** Whether {@link #after} runs on rows [c0, c1) (a product cut by rows) instead of columns. */
        private boolean byRows;
        private int c0;
        private int c1;
        /** This part's thread's scratch for its epilogue (the owner's part and the helper's are separate). */
        final HiddenLayer.Scratch scratch = new HiddenLayer.Scratch();

        void then(Epilogue e, int from, int to) {
            after = e;
            byRows = false;
            c0 = from;
            c1 = to;
        }

        void thenRows(Epilogue e, int from, int to) {
            after = e;
            byRows = true;
            c0 = from;
            c1 = to;
        }

        void set(boolean transA, boolean transB, int m, int n, int k, double alpha, Block a, long aAt, Block b,
                 long bAt, double beta, Block c, long cAt) {
            this.transA = transA;
            this.transB = transB;
            this.m = m;
            this.n = n;
            this.k = k;
            this.alpha = alpha;
            this.beta = beta;
            this.lda = a.ld;
            this.ldb = b.ld;
            this.ldc = c.ld;
            this.floats = c.mem.precision() == Precision.FLOAT;
            if (floats) {
                fa.at(a.pointer(), aAt);
                fb.at(b.pointer(), bAt);
                fc.at(c.pointer(), cAt);
            } else {
                da.at(a.pointer(), aAt);
                db.at(b.pointer(), bAt);
                dc.at(c.pointer(), cAt);
            }
        }

        @Override
        public void run() {
            int ta = transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
            int tb = transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
            if (floats) {
                openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, ta, tb, m, n, k, (float) alpha, fa,
                        lda, fb, ldb, (float) beta, fc, ldc);
            } else {
                openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, ta, tb, m, n, k, alpha, da, lda, db,
                        ldb, beta, dc, ldc);
            }
            if (after != null && byRows) {
                after.applyRows(c0, c1, scratch);
            } else if (after != null) {
                scratch.ensure(c1 - c0);
                after.apply(c0, c1, scratch);
            }
        }
    }

    /** A float pointer moved onto another array's element without allocating (JavaCPP reads address + position). */
    private static final class FView extends FloatPointer {
        void at(Pointer base, long elements) {
            address = base.address();
            position = base.position() + elements;
            limit = 0;
            capacity = 0;
        }
    }

    private static final class DView extends DoublePointer {
        void at(Pointer base, long elements) {
            address = base.address();
            position = base.position() + elements;
            limit = 0;
            capacity = 0;
        }
    }

    /** Where a split of {@code size} rows or columns cuts: the middle, rounded to a multiple of 16. */
    static int cut16(int size) {
        return (size / 2 + 8) / 16 * 16;
    }
}
