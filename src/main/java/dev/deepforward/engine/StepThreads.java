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
     * Multiply-adds of one training step (parameters × batch) from which a step is split: W2 (269,322
     * parameters × 64 = 17 M) is; W1 (36 parameters) and a lesson's small networks are not (a hand-over
     * costs a few µs, more than their whole product).
     */
    public static final long SPLIT_WORK = 4_000_000;

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

    /** The threads a step of {@code work} multiply-adds (parameters × batch) uses now: 1 or 2. */
    public static int forWork(long work) {
        return freeCores >= 2 && work >= SPLIT_WORK ? 2 : 1;
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
