package dev.deepforward.engine;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.OutputActivation;

/**
 * The engine's computing seam: the matrix product, the vector operations of the update and the
 * gradient probes, and the element-wise steps of a training step. Two implementations:
 * {@link DirectBlas} (OpenBLAS on the arrays' pointers; element-wise work stays in the layers' vectorized
 * Java loops) and {@link Nd4jKernels} (every step as an ND4J operation, which is what ND4J's CUDA backend
 * can run).
 *
 * <p>The element-wise methods return whether this backend did the work; when one returns false the layer
 * runs its own Java loop over the same native memory (the direct backend declines them all; the ND4J
 * backend declines the few cases it does not cover, listed in the engine docs).
 */
interface Kernels {

    /**
     * C[m×n] = alpha · op(A) · op(B) + beta · C, where op transposes when asked; all blocks row-major
     * with their own leading dimensions. Only the first m rows of C and first k rows of op(B) are used, so
     * buffers sized for a full batch also serve a shorter one.
     */
    void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, Block a, Block b, double beta,
              Block c);

    /** y += alpha · x for two vectors (1-row blocks of the same length and precision). */
    void axpy(double alpha, Block x, Block y);

    /** Σ x_i·y_i of two vectors (1-row blocks). */
    double dot(Block x, Block y);

    /** Σ |x_i| of a vector (1-row block). */
    double asum(Block x);

    /** Which backend this is. */
    Backend backend();

    /**
     * Whether activation blocks carry a trailing column of ones, so that the bias row of W enters the
     * product itself (direct). Without it (ND4J: its element-wise kernels are an order of magnitude slower
     * on strided rows) the bias is added by a second, rank-1 product with a column of ones.
     */
    default boolean onesColumn() {
        return true;
    }

    /**
     * Whether a plain layer (no batch norm, dropout, maxout or mixture, an activation g with a value c where
     * g(c) = 1 exactly) keeps z, dJ/da and dJ/dz as wide as its output a with its ones column: z's extra
     * column holds c, so g applied to the whole contiguous block also writes a's ones, and every element-wise
     * step of the layer is one operation over contiguous memory (the extra column of dJ/dz stays 0). Only
     * with {@link #onesColumn()}; the ND4J backend asks for it, whose element-wise kernels are slow on strided
     * rows.
     */
    default boolean wideLayers() {
        return false;
    }

    /** h = g(u) on rows 0..m−1 (u dense with units columns, or both as wide as {@link #wideLayers} makes them). */
    default boolean activate(Activation g, double alpha, Block u, Block h, int m) {
        return false;
    }

    /** dU = dH ⊙ g'(u) on rows 0..m−1, given u and h = g(u); PReLU's dα is left to the layer. */
    default boolean activateBackward(Activation g, double alpha, Block dH, Block u, Block h, Block dU, int m) {
        return false;
    }

    /** out = x ⊙ y on rows 0..m−1 of dense blocks of one width (dropout masks); out may be x. */
    default boolean multiply(Block x, Block y, Block out, int m) {
        return false;
    }

    /** to = from on rows 0..m−1 of dense blocks of one width. */
    default boolean copy(Block from, Block to, int m) {
        return false;
    }

    /** p = the output activation of z (softmax per row, sigmoid, identity). */
    default boolean outputActivation(OutputActivation activation, Block z, Block p, int m) {
        return false;
    }

    /**
     * The mean softmax cross-entropy −(1/m)·Σ y·log p into {@code out[0]}, given p = softmax(z) of the rows
     * (already computed), using {@code scratch} (a block of p's shape) for log p.
     */
    default boolean softmaxCrossEntropy(Block p, Block y, Block scratch, int m, double[] out) {
        return false;
    }

    /** dZ = (p − y)/m: the fused gradient of softmax with cross-entropy and sigmoid with binary cross-entropy. */
    default boolean fusedLossGradient(Block p, Block y, Block dZ, int m) {
        return false;
    }

    /** The optimizer of a network of {@code n} parameters on this backend. */
    default Update optimizer(dev.deepforward.spec.OptimizerSpec spec, Precision precision, int n) {
        return new Updater(spec, precision, n);
    }

    static Kernels forCpu() {
        return DirectBlas.INSTANCE;
    }

    /** The kernels of a concrete backend ({@link Backend#resolve} first); ND4J's are per network. */
    static Kernels of(Backend backend) {
        return switch (backend) {
            case DIRECT -> DirectBlas.INSTANCE;
            case ND4J -> new Nd4jKernels();
            case AUTO -> throw new IllegalArgumentException("resolve AUTO first");
        };
    }
}
