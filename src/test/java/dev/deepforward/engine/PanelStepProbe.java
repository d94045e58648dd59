package dev.deepforward.engine;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OptimizerSpec;

/**
 * Whether storing a split layer's W, dJ/dW and Adam's state as two column panels (one per thread) shortens
 * the split W2 step's critical path (issue 14). Simulates the W-touching work of W2's two wide layers
 * (785×256 and 257×256, batch 64): Adam over the layer's parameters, the forward product X·W, dJ/dW = Xᵀ·dZ
 * and, for the second layer, dJ/da = dZ·Wᵀ of the layer below, in two layouts:
 * <ul>
 *   <li>{@code interleaved} (today): W row-major in one array; Adam cut by a range of rows, the forward
 *       product by columns of W, dJ/dW by rows, dJ/da by its columns (W's rows);</li>
 *   <li>{@code panels}: each thread's columns of W (and of dJ/dW, m, v) a contiguous (k × n/2) panel of its
 *       own; Adam, the forward product and dJ/dW each thread on its panel; dJ/da as two partial products
 *       over each panel's units, added by columns (each thread its half of dJ/da's columns).</li>
 * </ul>
 * The two threads meet after every phase (as the step's hand-overs do). Printed: µs per phase, one thread
 * (whole) against each layout's slower half by CPU time, the critical path's total, and wall-clock µs per
 * iteration. Not a test: run by hand on an idle machine, e.g.
 * <pre>
 *   java -cp target/classes:target/test-classes:$(cat cp.txt) dev.deepforward.engine.PanelStepProbe 3
 * </pre>
 * (rounds).
 */
public final class PanelStepProbe {

    private static final int M = 64;
    private static final int ITERATIONS = 3000;

    private PanelStepProbe() {
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void sgemm(boolean ta, boolean tb, int m, int n, int k, float beta, FloatPointer a, long aAt,
                              int lda, FloatPointer b, long bAt, int ldb, FloatPointer c, long cAt, int ldc) {
        openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor,
                ta ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                tb ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans, m, n, k, 1f,
                new FloatPointer(a).position(a.position() + aAt), lda,
                new FloatPointer(b).position(b.position() + bAt), ldb, beta,
                new FloatPointer(c).position(c.position() + cAt), ldc);
    }

    private static FloatPointer filled(Mem mem, long n, float scale, int seed) {
        FloatPointer p = (FloatPointer) mem.pointerAt(0);
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (long i = 0; i < n; i++) {
            p.put(i, (float) (scale * (r.nextDouble() - 0.5)));
        }
        return p;
    }

    /** One wide layer: k inputs (bias row included), n units. */
    private static final class Layer {
        final int k;
        final int n;
        final int cut;
        final boolean da;
        final Mem xMem;
        final FloatPointer x;
        final Mem dzMem;
        final FloatPointer dz;
        final Mem zMem;
        final FloatPointer z;
        final Mem wMem;
        final FloatPointer w;
        final Mem gMem;
        final FloatPointer g;
        final Mem daMem;
        final FloatPointer da0;
        final Mem partMem;
        final FloatPointer part;
        final Updater adam;
        final java.nio.FloatBuffer daBuffer;
        final java.nio.FloatBuffer partBuffer;
        final Update adam2;

        Layer(int k, int n, boolean da) {
            this.k = k;
            this.n = n;
            this.cut = SplitBlas.cut16(n);
            this.da = da;
            xMem = Mem.allocate(dev.deepforward.engine.Precision.FLOAT, M * k);
            x = filled(xMem, (long) M * k, 1f, 1);
            dzMem = Mem.allocate(dev.deepforward.engine.Precision.FLOAT, M * n);
            dz = filled(dzMem, (long) M * n, 0.01f, 2);
            zMem = Mem.allocate(dev.deepforward.engine.Precision.FLOAT, M * n);
            z = (FloatPointer) zMem.pointerAt(0);
            wMem = Mem.allocate(dev.deepforward.engine.Precision.FLOAT, k * n);
            w = filled(wMem, (long) k * n, 0.1f, 3);
            gMem = Mem.allocate(dev.deepforward.engine.Precision.FLOAT, k * n);
            g = (FloatPointer) gMem.pointerAt(0);
            daMem = Mem.allocate(dev.deepforward.engine.Precision.FLOAT, M * (k - 1));
            da0 = (FloatPointer) daMem.pointerAt(0);
            partMem = Mem.allocate(dev.deepforward.engine.Precision.FLOAT, M * (k - 1));
            part = (FloatPointer) partMem.pointerAt(0);
            daBuffer = new FloatPointer(da0).capacity((long) M * (k - 1)).asBuffer();
            partBuffer = new FloatPointer(part).capacity((long) M * (k - 1)).asBuffer();
            adam = new Updater(OptimizerSpec.of(Optimizer.ADAM), dev.deepforward.engine.Precision.FLOAT, k * n);
            adam2 = adam.sibling();
        }

        /** Elements of the first part of W: rows [0, rowCut) interleaved, panel a's k × cut in panels. */
        int firstRange(boolean panels) {
            return panels ? k * cut : (k / 2) * n;
        }
    }

    static final int PHASES = 4;
    static final String[] NAMES = {"Adam", "forward X·W", "dJ/dW", "dJ/da below"};

    /** Phase {@code phase} of {@code layer}: the whole (part −1) or part 0 / 1 in a layout. */
    static void phase(Layer l, int phase, int part, boolean panels, long t) {
        int k = l.k;
        int n = l.n;
        int cut = l.cut;
        Update up = part == 1 ? l.adam2 : l.adam;
        switch (phase) {
            case 0 -> {
                int first = l.firstRange(panels);
                int from = part == 1 ? first : 0;
                int to = part == 0 ? first : k * n;
                if (part == -1) {
                    // one thread: both parts, as the engine does
                    up.update(l.wMem, l.gMem, 0, first, 1e-4, t);
                    up.update(l.wMem, l.gMem, first, k * n, 1e-4, t);
                } else {
                    up.update(l.wMem, l.gMem, from, to, 1e-4, t);
                }
            }
            case 1 -> {
                if (!panels) {
                    if (part == -1) {
                        sgemm(false, false, M, n, k, 0f, l.x, 0, k, l.w, 0, n, l.z, 0, n);
                    } else {
                        int c0 = part == 0 ? 0 : cut;
                        int c1 = part == 0 ? cut : n;
                        sgemm(false, false, M, c1 - c0, k, 0f, l.x, 0, k, l.w, c0, n, l.z, c0, n);
                    }
                } else {
                    for (int p = 0; p < 2; p++) {
                        if (part == -1 || part == p) {
                            int c0 = p == 0 ? 0 : cut;
                            int w = p == 0 ? cut : n - cut;
                            sgemm(false, false, M, w, k, 0f, l.x, 0, k, l.w, (long) k * c0, w, l.z, c0, n);
                        }
                    }
                }
            }
            case 2 -> {
                if (!panels) {
                    if (part == -1) {
                        sgemm(true, false, k, n, M, 0f, l.x, 0, k, l.dz, 0, n, l.g, 0, n);
                    } else {
                        int rc = SplitBlas.cut16(k);
                        int r0 = part == 0 ? 0 : rc;
                        int r1 = part == 0 ? rc : k;
                        sgemm(true, false, r1 - r0, n, M, 0f, l.x, r0, k, l.dz, 0, n, l.g, (long) r0 * n, n);
                    }
                } else {
                    for (int p = 0; p < 2; p++) {
                        if (part == -1 || part == p) {
                            int c0 = p == 0 ? 0 : cut;
                            int w = p == 0 ? cut : n - cut;
                            sgemm(true, false, k, w, M, 0f, l.x, 0, k, l.dz, c0, n, l.g, (long) k * c0, w);
                        }
                    }
                }
            }
            case 3 -> {
                if (!l.da) {
                    return;
                }
                int below = k - 1;
                if (!panels) {
                    if (part == -1) {
                        sgemm(false, true, M, below, n, 0f, l.dz, 0, n, l.w, 0, n, l.da0, 0, below);
                    } else {
                        int rc = SplitBlas.cut16(below);
                        int r0 = part == 0 ? 0 : rc;
                        int r1 = part == 0 ? rc : below;
                        sgemm(false, true, M, r1 - r0, n, 0f, l.dz, 0, n, l.w, (long) r0 * n, n, l.da0, r0, below);
                    }
                } else {
                    // partial products over each panel's units; the adds are phase 4 (after a meeting)
                    for (int p = 0; p < 2; p++) {
                        if (part == -1 || part == p) {
                            int c0 = p == 0 ? 0 : cut;
                            int w = p == 0 ? cut : n - cut;
                            sgemm(false, true, M, below, w, 0f, l.dz, c0, n, l.w, (long) k * c0, w,
                                    p == 0 ? l.da0 : l.part, 0, below);
                        }
                    }
                }
            }
            default -> {
                if (!l.da || !panels) {
                    return;
                }
                int below = k - 1;
                int rc = SplitBlas.cut16(below);
                int c0 = part == 1 ? rc : 0;
                int c1 = part == 0 ? rc : below;
                java.nio.FloatBuffer a = l.daBuffer;
                java.nio.FloatBuffer b = l.partBuffer;
                for (int r = 0; r < M; r++) {
                    int at = r * below;
                    for (int c = c0; c < c1; c++) {
                        a.put(at + c, a.get(at + c) + b.get(at + c));
                    }
                }
            }
        }
    }

    private static final class Meeting {
        final AtomicInteger arrived = new AtomicInteger();

        void meet(int generation) {
            arrived.incrementAndGet();
            while (arrived.get() < generation) {
                Thread.onSpinWait();
            }
        }
    }

    /** CPU ns per phase (and layer) of {@code part}, over {@code iterations}; element [last] wall ns. */
    static long[] loop(Layer[] layers, int part, boolean panels, int iterations, Meeting meeting, long[] t) {
        int phases = PHASES + 1;
        long[] ns = new long[layers.length * phases + 1];
        int generation = 0;
        long wall0 = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            // the step's order: forward of every layer, then backward top down, then Adam
            for (int pass = 0; pass < 3; pass++) {
                for (int li = 0; li < layers.length; li++) {
                    int l = pass == 1 ? layers.length - 1 - li : li;
                    int[] ph = pass == 0 ? new int[] {1} : pass == 1 ? new int[] {3, 4, 2} : new int[] {0};
                    for (int p : ph) {
                        if (p == 4 && !(panels && layers[l].da)) {
                            continue;
                        }
                        long c0 = cpu();
                        phase(layers[l], p, part, panels, t[0] + i);
                        ns[l * phases + p] += cpu() - c0;
                        if (meeting != null) {
                            generation += 2;
                            meeting.meet(generation);
                        }
                    }
                }
            }
        }
        ns[ns.length - 1] = System.nanoTime() - wall0;
        return ns;
    }

    public static void main(String[] args) throws Exception {
        NativeThreads.ensureConfigured();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Layer[] layers = {new Layer(785, 256, false), new Layer(257, 256, true)};
        long[] t = {1};
        for (boolean panels : new boolean[] {false, true}) {
            loop(layers, -1, panels, 300, null, t);
        }
        for (int r = 0; r < rounds; r++) {
            for (boolean panels : new boolean[] {false, true}) {
                long[] one = loop(layers, -1, panels, ITERATIONS, null, t);
                t[0] += ITERATIONS;
                Meeting meeting = new Meeting();
                long[][] two = new long[2][];
                Thread helper = new Thread(() -> two[1] = loop(layers, 1, panels, ITERATIONS, meeting, t));
                helper.start();
                two[0] = loop(layers, 0, panels, ITERATIONS, meeting, t);
                helper.join();
                t[0] += ITERATIONS;
                StringBuilder sb = new StringBuilder(panels ? "panels     " : "interleaved");
                double oneTotal = 0;
                double critical = 0;
                for (int l = 0; l < layers.length; l++) {
                    for (int p = 0; p <= PHASES; p++) {
                        int at = l * (PHASES + 1) + p;
                        double w = one[at] / 1e3 / ITERATIONS;
                        double h = Math.max(two[0][at], two[1][at]) / 1e3 / ITERATIONS;
                        if (w == 0 && h == 0) {
                            continue;
                        }
                        oneTotal += w;
                        critical += h;
                        sb.append(String.format("  L%d %s %.1f/%.1f (%.2f)", l + 1,
                                p < PHASES ? NAMES[p] : "dJ/da add", w, h, h / Math.max(w, 1e-9)));
                    }
                }
                double oneWall = one[one.length - 1] / 1e3 / ITERATIONS;
                double twoWall = Math.max(two[0][two[0].length - 1], two[1][two[1].length - 1]) / 1e3 / ITERATIONS;
                sb.append(String.format("%n            total one thread %.1f µs CPU, critical path %.1f (speedup %.2f);"
                        + " wall %.1f vs %.1f µs an iteration (speedup %.2f)", oneTotal, critical, oneTotal / critical,
                        oneWall, twoWall, oneWall / twoWall));
                System.out.println(sb);
            }
        }
    }
}
