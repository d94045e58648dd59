package dev.deepforward.engine;

/**
 * W2's five big products (batch 64, 784-256-256-10) timed on one thread, on OpenBLAS's own two threads and
 * split by {@link SplitBlas}: the fastest of many calls by wall clock (on a shared machine the fastest calls
 * are those during which both cores were free). Not a test: run it by hand, e.g.
 * <pre>
 *   java -Xmx1g -cp target/classes:target/test-classes:$(cat cp.txt) dev.deepforward.engine.GemmThreadsProbe
 * </pre>
 */
public final class GemmThreadsProbe {

    private GemmThreadsProbe() {
    }

    public static void main(String[] args) {
        NativeThreads.ensureConfigured();
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        // {transA, transB, m, n, k}: forward L1, L2; dA of layer 1; dW of L2, L1
        int[][] shapes = {{0, 0, 64, 256, 785}, {0, 0, 64, 256, 257}, {0, 1, 64, 256, 256}, {1, 0, 257, 256, 64},
            {1, 0, 785, 256, 64}};
        String[] names = {"fwd 64x785.785x256", "fwd 64x257.257x256", "dA 64x256.(256x256)T", "dW (64x257)T.64x256",
            "dW (64x785)T.64x256"};
        SplitBlas split = new SplitBlas(new StepHelper());
        double[] total = new double[4];
        for (int s = 0; s < shapes.length; s++) {
            int[] sh = shapes[s];
            boolean ta = sh[0] == 1;
            boolean tb = sh[1] == 1;
            int m = sh[2];
            int n = sh[3];
            int k = sh[4];
            Block a = ta ? Block.allocate(Precision.FLOAT, k, m) : Block.allocate(Precision.FLOAT, m, k);
            Block b = tb ? Block.allocate(Precision.FLOAT, n, k) : Block.allocate(Precision.FLOAT, k, n);
            Block c = Block.allocate(Precision.FLOAT, m, n);
            a.mem.fill(0.01);
            b.mem.fill(0.02);
            double[] best = new double[4];
            for (int mode = 0; mode < 4; mode++) {
                if (mode == 3) {
                    NativeThreads.setThreads(2);
                } else {
                    NativeThreads.setThreads(1);
                    NativeThreads.setBlasThreads(mode == 1 ? 2 : 1);
                }
                Kernels kern = mode == 2 ? split : DirectBlas.INSTANCE;
                long min = Long.MAX_VALUE;
                for (int r = 0; r < reps; r++) {
                    long t0 = System.nanoTime();
                    kern.gemm(ta, tb, m, n, k, 1.0, a, b, 0.0, c);
                    min = Math.min(min, System.nanoTime() - t0);
                }
                best[mode] = min / 1e3;
                total[mode] += best[mode];
            }
            System.out.printf("%-24s 1 thread %6.1f us, OpenBLAS 2 threads %6.1f us (%.2fx), OpenMP and OpenBLAS 2 threads %6.1f us (%.2fx), split %6.1f us (%.2fx)%n",
                    names[s], best[0], best[1], best[0] / best[1], best[3], best[0] / best[3], best[2], best[0] / best[2]);
        }
        NativeThreads.setThreads(1);
        System.out.printf("%-24s 1 thread %6.1f us, OpenBLAS 2 threads %6.1f us (%.2fx), OpenMP and OpenBLAS 2 threads %6.1f us (%.2fx), split %6.1f us (%.2fx)%n",
                "all five", total[0], total[1], total[0] / total[1], total[3], total[0] / total[3], total[2], total[0] / total[2]);
        split.helper().close();
    }
}
