package dev.deepforward.engine;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * W2's five big products on one thread, whole and cut in half by rows or by columns (the 10th percentile of
 * 2,000 calls by wall clock, hot caches): which cut keeps a half at half the time, the one {@link SplitBlas}
 * should take. Not a test: run it by hand, e.g.
 * <pre>
 *   java -cp target/classes:target/test-classes:$(cat cp.txt) dev.deepforward.engine.HalfShapesProbe
 * </pre>
 */
public final class HalfShapesProbe {
    public static void main(String[] args) {
        NativeThreads.ensureConfigured();
        int[][] shapes = {{0, 0, 64, 256, 785}, {0, 0, 64, 256, 257}, {0, 1, 64, 256, 256}, {1, 0, 257, 256, 64},
            {1, 0, 785, 256, 64}};
        String[] names = {"fwd L1", "fwd L2", "dA L1", "dW L2", "dW L1"};
        for (int s = 0; s < shapes.length; s++) {
            int[] sh = shapes[s];
            boolean ta = sh[0] == 1;
            boolean tb = sh[1] == 1;
            int m = sh[2];
            int n = sh[3];
            int k = sh[4];
            FloatPointer a = new FloatPointer((long) m * k);
            FloatPointer b = new FloatPointer((long) k * n);
            FloatPointer c = new FloatPointer((long) m * n);
            for (long i = 0; i < (long) m * k; i++) {
                a.put(i, 0.01f * (i % 7));
            }
            for (long i = 0; i < (long) k * n; i++) {
                b.put(i, 0.02f * (i % 5));
            }
            int lda = ta ? m : k;
            int ldb = tb ? k : n;
            double[] t = new double[3];
            for (int mode = 0; mode < 3; mode++) {
                int mm = mode == 1 ? m / 2 : m;
                int nn = mode == 2 ? n / 2 : n;
                long[] samples = new long[2001];
                for (int r = 0; r < samples.length; r++) {
                    long t0 = System.nanoTime();
                    openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor,
                            ta ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                            tb ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans, mm, nn, k, 1f, a, lda, b,
                            ldb, 0f, c, n);
                    samples[r] = System.nanoTime() - t0;
                }
                java.util.Arrays.sort(samples);
                t[mode] = samples[samples.length / 10] / 1e3;
            }
            System.out.printf("%-7s whole %6.1f us; rows half %6.1f (%.2f of whole); columns half %6.1f (%.2f)%n", names[s],
                    t[0], t[1], t[1] / t[0], t[2], t[2] / t[0]);
        }
    }
}
