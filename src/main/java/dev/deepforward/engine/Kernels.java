package dev.deepforward.engine;

/**
 * The kernels whose speed matters at every size: the matrix product, the vector operations of the
 * plain SGD update, and the sums of the gradient-norm probe. Everything else the engine does is
 * element-wise or per-row work, done in Java loops (in float, the big ones as vectorized
 * {@link FloatKernels} on heap copies).
 *
 * <p>This seam is where a backend plugs in: {@link DirectBlas} calls ND4J's own OpenBLAS on the arrays'
 * pointers (CPU); a GPU backend would implement the same contract (and the element-wise loops would then
 * have to move to ND4J ops too).
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

    static Kernels forCpu() {
        return DirectBlas.INSTANCE;
    }
}
