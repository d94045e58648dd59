package dev.deepforward.engine.run;

/**
 * How many per-iteration and per-epoch rows a record of a run keeps, shared by the window's Export metrics
 * and the {@code run} command's CSV files: every row up to {@link #MAX_ITERATION_ROWS} iterations (and
 * {@link #MAX_EPOCH_ROWS} epochs), past that only the first and every 2nd, 4th, 8th … — the smallest power of
 * two that keeps the count within the limit. A long run's record stays a size a notebook can open (an
 * allowed 100-million-iteration run wrote 9 GB of metrics.csv before), and the window's memory stays bounded.
 */
public final class MetricRows {

    /** Iteration rows kept exactly. */
    public static final int MAX_ITERATION_ROWS = 200_000;
    /** Epoch rows kept exactly (an epoch of a small dataset lasts a few iterations). */
    public static final int MAX_EPOCH_ROWS = 50_000;

    private MetricRows() {
    }

    /** The stride that keeps {@code total} rows within {@code max}: 1, 2, 4, … */
    public static long stride(long total, long max) {
        long stride = 1;
        while (total / stride > max) {
            stride *= 2;
        }
        return stride;
    }

    /** Whether row {@code n} (1-based) is kept at {@code stride}: the first one and every multiple. */
    public static boolean kept(long n, long stride) {
        return n == 1 || n % stride == 0;
    }
}
