package dev.deepforward.engine;

import java.lang.management.ManagementFactory;
import java.nio.FloatBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Why two halves of a product run slower at the same time than one after another (issue 14, the split W2
 * step). Two experiments, by each thread's CPU time:
 * <ul>
 *   <li>{@code own}: W2's five big products at half size, looped by one thread alone and then by two threads
 *       at once, each thread on its own arrays. If OpenBLAS serialised concurrent calls (a lock around its
 *       work buffers), the two-thread figures would be higher.</li>
 *   <li>{@code split}: W2's first forward product X·W (64×785 · 785×256) cut by columns as {@link SplitBlas}
 *       cuts it, the halves on two threads released together, against the whole and one half on one
 *       thread: with W untouched between products; with each thread rewriting a range of W's rows before
 *       each product, as the split Adam does; with each rewriting exactly the columns it reads; and with
 *       each thread's columns in an array of its own, rewritten by it.</li>
 * </ul>
 * Not a test: run it by hand on an idle machine, e.g.
 * <pre>
 *   java -cp target/classes:target/test-classes:$(cat cp.txt) dev.deepforward.engine.TwoThreadsGemmProbe 3
 * </pre>
 * (rounds).
 */
public final class TwoThreadsGemmProbe {

    private static final int[][] HALVES = {{0, 0, 64, 128, 785}, {0, 0, 64, 128, 257}, {0, 1, 64, 128, 256},
        {1, 0, 128, 256, 64}, {1, 0, 400, 256, 64}};

    private TwoThreadsGemmProbe() {
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void sgemm(boolean ta, boolean tb, int m, int n, int k, FloatPointer a, int lda, FloatPointer b,
                              int ldb, FloatPointer c, int ldc) {
        openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor,
                ta ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                tb ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans, m, n, k, 1f, a, lda, b, ldb, 0f, c,
                ldc);
    }

    private static FloatPointer filled(long n, float scale) {
        FloatPointer p = new FloatPointer(n);
        for (long i = 0; i < n; i++) {
            p.put(i, scale * (i % 7));
        }
        return p;
    }

    /** One thread's own copies of the five half products' operands. */
    private static final class Own {
        final FloatPointer[] a = new FloatPointer[HALVES.length];
        final FloatPointer[] b = new FloatPointer[HALVES.length];
        final FloatPointer[] c = new FloatPointer[HALVES.length];

        Own() {
            for (int s = 0; s < HALVES.length; s++) {
                int[] h = HALVES[s];
                a[s] = filled((long) h[2] * h[4], 0.01f);
                b[s] = filled((long) h[4] * h[3], 0.02f);
                c[s] = new FloatPointer((long) h[2] * h[3]);
            }
        }

        /** Loops the five products for {@code millis}; µs of CPU time per pass. */
        double loop(long millis) {
            long until = System.nanoTime() + millis * 1_000_000;
            long c0 = cpu();
            long passes = 0;
            while (System.nanoTime() < until) {
                for (int s = 0; s < HALVES.length; s++) {
                    int[] h = HALVES[s];
                    boolean ta = h[0] == 1;
                    boolean tb = h[1] == 1;
                    sgemm(ta, tb, h[2], h[3], h[4], a[s], ta ? h[2] : h[4], b[s], tb ? h[4] : h[3], c[s], h[3]);
                }
                passes++;
            }
            return (cpu() - c0) / 1e3 / passes;
        }
    }

    /** Whether the threads' meeting point spins with {@code Thread.onSpinWait()} (x86 PAUSE); -Dprobe.pause=false: a bare loop. */
    private static final boolean PAUSE = !"false".equals(System.getProperty("probe.pause"));
    private static final int M = 64;
    private static final int K = 785;
    private static final int N = 256;
    private static final int CUT = 128;
    private static final int ROW_CUT = 392;

    /** The split product's shared operands and the two threads' meeting point. */
    private static final class Split {
        final FloatPointer x = filled((long) M * K, 0.01f);
        /** The second thread's X: the same values in its own copy with -Dprobe.ownX=true, else X itself. */
        final FloatPointer x1 = Boolean.getBoolean("probe.ownX") ? filled((long) M * K, 0.01f) : x;
        final FloatPointer wAll = filled((long) K * N + 16, 0.02f);
        /** W's first element on a 64-byte line, so that each thread's columns of a row are whole lines. */
        final long w0 = (16 - wAll.address() % 64 / 4) % 16;
        final FloatPointer w = new FloatPointer(wAll).position(w0);
        final FloatBuffer wb = wAll.asBuffer();
        final FloatPointer z = new FloatPointer((long) M * N + 16);
        /** Z's first element on a 64-byte line (with -Dprobe.alignZ=true), so no line of Z holds columns of both halves. */
        final long z0 = Boolean.getBoolean("probe.alignZ") ? (16 - z.address() % 64 / 4) % 16 : 0;
        final FloatPointer[] wPart = {new FloatPointer(wAll).position(w0), new FloatPointer(wAll).position(w0 + CUT)};
        /** Each thread's columns of W as a matrix of its own (785×128, ld 128), for mode 3. */
        final FloatPointer[] wOwn = {filled((long) K * CUT, 0.02f), filled((long) K * CUT, 0.02f)};
        final FloatBuffer[] wOwnB = {wOwn[0].asBuffer(), wOwn[1].asBuffer()};
        /** With -Dprobe.ownZ=true each thread writes its half of z into an array of its own (64×128, ld 128). */
        final boolean ownZ = Boolean.getBoolean("probe.ownZ");
        final FloatPointer[] zOwn = {new FloatPointer((long) M * CUT), new FloatPointer((long) M * CUT)};
        final FloatPointer[] zPart = {new FloatPointer(z).position(z0), new FloatPointer(z).position(z0 + CUT)};
        final AtomicInteger arrived = new AtomicInteger();

        void meet(int generation) {
            arrived.incrementAndGet();
            while (arrived.get() < generation) {
                if (PAUSE) {
                    Thread.onSpinWait();
                }
            }
        }

        /**
         * {@code iterations} of [rewrite this part's share of W: none (0), a range of rows as the split Adam
         * does (1), the columns this part's product reads (2), or this part's own array of those columns (3)] – meet – [this part's product] – meet; µs CPU
         * a product.
         */
        double loop(int part, int rewrite, int iterations) {
            long inProduct = 0;
            int generation = 0;
            for (int i = 0; i < iterations; i++) {
                if (rewrite == 1) {
                    int from = part == 0 ? 0 : ROW_CUT * N;
                    int to = part == 0 ? ROW_CUT * N : K * N;
                    for (int j = from; j < to; j++) {
                        wb.put((int) w0 + j, wb.get((int) w0 + j) * 0.999f + 1e-4f);
                    }
                } else if (rewrite == 3) {
                    FloatBuffer own = wOwnB[part];
                    for (int j = 0; j < K * CUT; j++) {
                        own.put(j, own.get(j) * 0.999f + 1e-4f);
                    }
                } else if (rewrite == 2) {
                    for (int r = 0; r < K; r++) {
                        int from = (int) w0 + r * N + (part == 0 ? 0 : CUT);
                        for (int j = from; j < from + CUT; j++) {
                            wb.put(j, wb.get(j) * 0.999f + 1e-4f);
                        }
                    }
                }
                generation += 2;
                meet(generation);
                long c0 = cpu();
                if (rewrite == 3) {
                    sgemm(false, false, M, CUT, K, part == 0 ? x : x1, K, wOwn[part], CUT, ownZ ? zOwn[part] : zPart[part],
                            ownZ ? CUT : N);
                } else {
                    sgemm(false, false, M, CUT, K, part == 0 ? x : x1, K, wPart[part], N, ownZ ? zOwn[part] : zPart[part],
                            ownZ ? CUT : N);
                }
                inProduct += cpu() - c0;
                generation += 2;
                meet(generation);
            }
            return inProduct / 1e3 / iterations;
        }
    }

    public static void main(String[] args) throws Exception {
        NativeThreads.ensureConfigured();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Own first = new Own();
        Own second = new Own();
        first.loop(500);
        for (int r = 0; r < rounds; r++) {
            double alone = first.loop(2000);
            double[] both = new double[2];
            Thread t = new Thread(() -> both[1] = second.loop(2000));
            t.start();
            both[0] = first.loop(2000);
            t.join();
            System.out.printf("own arrays: five half products %.1f µs CPU alone, %.1f / %.1f µs on two threads at once%n",
                    alone, both[0], both[1]);
        }
        Split split = new Split();
        for (int r = 0; r < rounds; r++) {
            for (int rewrite = 0; rewrite < 4; rewrite++) {
                int mode = rewrite;
                long c0 = cpu();
                for (int i = 0; i < 5000; i++) {
                    sgemm(false, false, M, N, K, split.x, K, split.w, N, split.z, N);
                }
                double whole = (cpu() - c0) / 1e3 / 5000;
                long h0 = cpu();
                for (int i = 0; i < 5000; i++) {
                    sgemm(false, false, M, CUT, K, split.x, K, split.wPart[0], N, split.zPart[0], N);
                }
                double alone = (cpu() - h0) / 1e3 / 5000;
                split.arrived.set(0);
                double[] half = new double[2];
                Thread t = new Thread(() -> half[1] = split.loop(1, mode, 5000));
                t.start();
                half[0] = split.loop(0, mode, 5000);
                t.join();
                System.out.printf("split X·W by columns, Z at %d mod 64 bytes, W %s: whole %.1f µs CPU on one thread, a half alone %.2f of it; halves together %.1f / %.1f"
                                + " (%.2f / %.2f of the whole)%n", (split.z.address() + 4 * split.z0) % 64, new String[] {"untouched", "rewritten by row ranges between products",
                                    "rewritten between products, each thread the columns it reads",
                                    "in two arrays, each thread's columns its own, rewritten by it between products"}[rewrite], whole, alone / whole, half[0], half[1], half[0] / whole, half[1] / whole);
            }
        }
    }
}
