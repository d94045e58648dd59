package dev.deepforward.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * {@code -Ddeepforward.phaseProfile=true} (a profiling run, never the product): where a training step's time
 * goes, phase by phase, by the training thread's CPU time; for a split step also, per phase, the time the
 * training thread waited for its helper, the halves it took back and ran itself, and the helper's CPU time
 * for the halves it ran. One training thread at a time (the profiling run trains one network). Off, every
 * call is a test of a constant that the JIT removes.
 */
final class StepPhases {

    static final boolean ON = Boolean.getBoolean("deepforward.phaseProfile");

    /** Phase kinds; a phase is {@code kind * LAYERS + layer}. */
    static final int OUTSIDE = 0;
    static final int LOAD = 1;
    static final int FORWARD_PRODUCT = 2;
    static final int FORWARD_ELEMENTWISE = 3;
    static final int LOSS = 4;
    static final int LOSS_GRADIENT = 5;
    static final int DW_PRODUCT = 6;
    static final int DA_PRODUCT = 7;
    static final int BACKWARD_ELEMENTWISE = 8;
    static final int REGULARIZE = 9;
    static final int CLIP = 10;
    static final int UPDATE = 11;
    static final int GRADIENT_PROBE = 12;
    static final int LAYER_STATS = 13;
    static final int KINDS = 14;
    static final int LAYERS = 16;
    private static final String[] NAMES = {"outside the step (caller, probes' callers)", "minibatch copy",
        "forward product", "forward element-wise (activation)", "output softmax + loss", "loss gradient",
        "dJ/dW product", "dJ/da product", "backward element-wise (activation')", "regularization", "clipping",
        "update (Adam)", "gradient-norm probe", "layer stats probe (every 16th step)"};

    private static final ThreadMXBean MX = ON ? ManagementFactory.getThreadMXBean() : null; // no JMX unless profiling
    private static final int N = KINDS * LAYERS;
    private static final long[] OWN = new long[N];
    private static final long[] WAIT = new long[N];
    private static final long[] TOOK_BACK = new long[N];
    private static final long[] HELPER = new long[N];
    private static final long[] HAND_OVERS = new long[N];
    private static final long[] TAKEN_BACK = new long[N];
    private static int current;
    private static long last;

    private StepPhases() {
    }

    static long cpu() {
        return MX == null ? 0 : MX.getCurrentThreadCpuTime();
    }

    /** The training thread enters phase {@code kind} of {@code layer}; returns the phase it left. */
    static int enter(int kind, int layer) {
        return enter(kind * LAYERS + Math.min(layer, LAYERS - 1));
    }

    /** The training thread enters {@code phase} (as {@link #enter(int, int)} returned it); returns the one it left. */
    static int enter(int phase) {
        if (!ON) {
            return 0;
        }
        long now = cpu();
        OWN[current] += now - last;
        last = now;
        int left = current;
        current = phase;
        return left;
    }

    /** The training thread starts waiting for (or taking back) a half: its own work so far is charged. */
    static long awaitStart() {
        long now = cpu();
        OWN[current] += now - last;
        last = now;
        return now;
    }

    /** The wait that began at {@code start} ended; {@code tookBack} when the training thread ran the half. */
    static void awaitEnd(long start, boolean tookBack, long helperCpu) {
        long now = cpu();
        if (tookBack) {
            TOOK_BACK[current] += now - start;
            TAKEN_BACK[current]++;
        } else {
            WAIT[current] += now - start;
            HELPER[current] += helperCpu;
        }
        HAND_OVERS[current]++;
        last = now;
    }

    static void reset() {
        java.util.Arrays.fill(OWN, 0);
        java.util.Arrays.fill(WAIT, 0);
        java.util.Arrays.fill(TOOK_BACK, 0);
        java.util.Arrays.fill(HELPER, 0);
        java.util.Arrays.fill(HAND_OVERS, 0);
        java.util.Arrays.fill(TAKEN_BACK, 0);
        current = OUTSIDE;
        last = cpu();
    }

    /** A table of the phases so far, µs per step over {@code steps} steps. */
    static String report(long steps) {
        enter(current);
        StringBuilder out = new StringBuilder(String.format("%-48s %9s %9s %9s %9s %8s %8s%n", "phase (µs a step,"
                + " training thread's CPU)", "own", "wait", "tookback", "helper", "handovr", "takenbk"));
        double[] sum = new double[4];
        long[] counts = new long[2];
        for (int p = 0; p < N; p++) {
            if (OWN[p] + WAIT[p] + TOOK_BACK[p] + HELPER[p] == 0) {
                continue;
            }
            int kind = p / LAYERS;
            int layer = p % LAYERS;
            String name = NAMES[kind] + (usesLayer(kind) ? " L" + (layer + 1) : "");
            double[] v = {OWN[p] / 1e3 / steps, WAIT[p] / 1e3 / steps, TOOK_BACK[p] / 1e3 / steps,
                HELPER[p] / 1e3 / steps};
            for (int i = 0; i < 4; i++) {
                sum[i] += v[i];
            }
            counts[0] += HAND_OVERS[p];
            counts[1] += TAKEN_BACK[p];
            out.append(String.format("%-48s %9.1f %9.1f %9.1f %9.1f %8.2f %8.2f%n", name, v[0], v[1], v[2], v[3],
                    (double) HAND_OVERS[p] / steps, (double) TAKEN_BACK[p] / steps));
        }
        out.append(String.format("%-48s %9.1f %9.1f %9.1f %9.1f %8.2f %8.2f%n", "total", sum[0], sum[1], sum[2],
                sum[3], (double) counts[0] / steps, (double) counts[1] / steps));
        return out.toString();
    }

    private static boolean usesLayer(int kind) {
        return kind == FORWARD_PRODUCT || kind == FORWARD_ELEMENTWISE || kind == DW_PRODUCT || kind == DA_PRODUCT
                || kind == BACKWARD_ELEMENTWISE;
    }
}
