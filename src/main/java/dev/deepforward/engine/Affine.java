package dev.deepforward.engine;

/**
 * The affine map z = [a 1]·[W; b] of a layer and its weight gradient, for both layouts of the input:
 * with a trailing ones column (the bias row enters the one product) or without (a second, rank-1 product
 * with a column of ones adds it; see {@link Kernels#onesColumn()}).
 */
final class Affine {

    private Affine() {
    }

    /** z[m×nOut] = in·W (+ ones·b when {@code in} has no ones column). */
    static void forward(Kernels mm, Block in, Block ones, Block w, Block wTop, Block bRow, Block z, int m, int nIn,
                        int nOut) {
        if (in.cols == nIn + 1) {
            mm.gemm(false, false, m, nOut, nIn + 1, 1.0, in, w, 0.0, z);
        } else {
            mm.gemm(false, false, m, nOut, nIn, 1.0, in, wTop, 0.0, z);
            mm.gemm(false, false, m, nOut, 1, 1.0, ones, bRow, 1.0, z);
        }
    }

    /** dJ/dW = inᵀ·dZ, and dJ/db = onesᵀ·dZ (W's last row). */
    static void weightGradient(Kernels mm, Block in, Block ones, Block dZ, Block gw, Block gwTop, Block gbRow, int m,
                               int nIn, int nOut) {
        if (in.cols == nIn + 1) {
            mm.gemm(true, false, nIn + 1, nOut, m, 1.0, in, dZ, 0.0, gw);
        } else {
            mm.gemm(true, false, nIn, nOut, m, 1.0, in, dZ, 0.0, gwTop);
            mm.gemm(true, false, 1, nOut, m, 1.0, ones, dZ, 0.0, gbRow);
        }
    }
}
