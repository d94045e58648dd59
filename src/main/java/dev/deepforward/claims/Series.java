package dev.deepforward.claims;

import dev.deepforward.lesson.Metric;
import dev.deepforward.lesson.Moment;
import java.util.Arrays;

/**
 * One metric's records over a run, in iteration order: the values a {@link Moment} picks from. A record at
 * the same iteration as the last one replaces it (the end-of-run evaluation on whole sets supersedes the
 * epoch evaluation of the same iteration).
 */
final class Series {

    private long[] iterations = new long[16];
    private double[] values = new double[16];
    private int size;

    void add(long iteration, double value) {
        if (size > 0 && iterations[size - 1] == iteration) {
            values[size - 1] = value;
            return;
        }
        if (size > 0 && iteration < iterations[size - 1]) {
            throw new IllegalArgumentException("records must come in iteration order: " + iteration
                    + " after " + iterations[size - 1]);
        }
        if (size == iterations.length) {
            iterations = Arrays.copyOf(iterations, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        iterations[size] = iteration;
        values[size] = value;
        size++;
    }

    int size() {
        return size;
    }

    /**
     * The value at {@code moment}; NaN when there is none (no records, nothing at or before the iteration)
     * or when a record it needs is NaN, so that an undefined value fails the claim instead of being skipped.
     */
    double read(Moment moment, Metric.Better better) {
        if (size == 0) {
            return Double.NaN;
        }
        return switch (moment.kind()) {
            case FINAL -> values[size - 1];
            case INITIAL -> values[0];
            case MIN -> fold(0, size, true);
            case MAX -> fold(0, size, false);
            case BEST -> better == Metric.Better.LOWER ? fold(0, size, true)
                    : better == Metric.Better.HIGHER ? fold(0, size, false) : Double.NaN;
            case MEAN_OF_LAST -> mean(Math.max(0, size - moment.n()), size);
            case ITERATION -> atOrBefore(moment.n());
        };
    }

    /** The iteration of the first record above ({@code above}) or below {@code threshold}; NaN if none is. */
    double firstCrossing(boolean above, double threshold) {
        for (int i = 0; i < size; i++) {
            if (above ? values[i] > threshold : values[i] < threshold) {
                return iterations[i];
            }
        }
        return Double.NaN;
    }

    private double fold(int from, int to, boolean min) {
        double r = values[from];
        for (int i = from + 1; i < to; i++) {
            r = min ? Math.min(r, values[i]) : Math.max(r, values[i]); // both keep a NaN
        }
        return r;
    }

    private double mean(int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += values[i];
        }
        return s / (to - from);
    }

    private double atOrBefore(long iteration) {
        int i = Arrays.binarySearch(iterations, 0, size, iteration);
        int at = i >= 0 ? i : -i - 2;
        return at < 0 ? Double.NaN : values[at];
    }
}
