package dev.deepforward.engine;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many threads one network's training step may use: two (the step's big products and its optimizer
 * update cut in halves, see {@link SplitBlas}) when the network is big and a second core is free, else one.
 *
 * <p>Free cores: the window keeps one core for itself (cores − 1, so a 2-core machine trains one network on
 * one thread, as it always did); the headless commands have every core ({@link #setFreeCores}). While
 * several networks train side by side on the comparison pool ({@link #enterShared()}), the cores are
 * taken and every step runs on its own thread. {@code -Ddeepforward.stepThreads=1} turns splitting off.
 *
 * <p>Results: a split step computes every element of every product and every parameter's update on
 * exactly one thread, in the same order as the one-thread step, so the numbers do not depend on the
 * thread count (see the engine docs for what was checked).
 */
public final class StepThreads {

    /**
     * Multiply-adds per layer of one training step's forward pass (parameters × batch / layers: about the
     * size of an average product) from which a step is split. W2 (269,322 parameters × 64 / 3 layers =
     * 5.7 M) is. W3 (170,410 × 64 / 11 = 1.0 M) is not: its products are ≈ 8 µs halves, and on the shared
     * machine the split W3 step measured 1.07–1.08× by its critical path (the helper pulls each product's
     * inputs from the other core's cache). W1 and a lesson's small networks are far below.
     */
    public static final long SPLIT_WORK_PER_LAYER = 2_000_000;

    private static volatile int freeCores = defaultFreeCores();
    private static final AtomicInteger shared = new AtomicInteger();

    private StepThreads() {
    }

    private static int defaultFreeCores() {
        Integer chosen = Integer.getInteger("deepforward.stepThreads");
        if (chosen != null) {
            return Math.max(1, chosen);
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** Cores one network training alone may use: cores − 1 in the window, all of them headless. */
    public static int freeCores() {
        return freeCores;
    }

    /** Sets the cores a network training alone may use (the headless commands: all of them). */
    public static void setFreeCores(int n) {
        if (Integer.getInteger("deepforward.stepThreads") != null) {
            return;
        }
        freeCores = Math.max(1, n);
    }

    /** The threads a step of a network of {@code parameters} in {@code layers} layers at {@code batch} uses now: 1 or 2. */
    public static int forStep(long parameters, int batch, int layers) {
        long perLayer = parameters * Math.max(1, batch) / Math.max(1, layers);
        return freeCores >= 2 && perLayer >= SPLIT_WORK_PER_LAYER ? 2 : 1;
    }

    /** Several networks start training side by side on their own threads: steps stay on one thread each. */
    public static void enterShared() {
        shared.incrementAndGet();
    }

    /** The side-by-side training of {@link #enterShared()} ended. */
    public static void exitShared() {
        shared.decrementAndGet();
    }

    /**
     * With {@code -Ddeepforward.stepProfile=true}: the totals over every split step so far of the training
     * threads' CPU time spent waiting for their helpers, the helpers' CPU time beyond the training threads'
     * own halves, the halves the training threads took back and ran themselves, the hand-overs, and the CPU
     * time of the halves taken back (ns, ns, count, count, ns). The benchmark's estimate of a step on two free cores: the training thread's CPU time
     * less its waits plus the helper's excess.
     */
    public static long[] profile() {
        long[] out = new long[StepHelper.TOTALS.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = StepHelper.TOTALS.get(i);
        }
        return out;
    }

    /** Whether networks are training side by side now. */
    static boolean crowded() {
        return shared.get() > 0;
    }
}
