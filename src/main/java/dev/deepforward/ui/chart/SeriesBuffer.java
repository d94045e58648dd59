package dev.deepforward.ui.chart;

import java.util.Arrays;

/**
 * A growable (x, y) series in two primitive arrays: 100,000 points cost 1.6 MB and no objects, where a
 * chart's {@code XYChart.Data} per point would cost tens of MB and make every frame slow. x must not
 * decrease (iterations, epochs), so lookups by x are binary searches.
 *
 * <p>The history is bounded: the engine publishes up to ~100,000 minibatch losses a second per variant,
 * which would fill the heap within minutes. When {@link #MAX_POINTS} are held, every group of four
 * neighbours is reduced to its lowest and highest sample (in order), halving the buffer. Min and max are
 * exactly what the chart's per-pixel decimation draws, so a spike stays visible forever; only detail far
 * finer than a pixel of the older part of the run is lost.
 */
public final class SeriesBuffer {

    /** Points kept before the history is compacted (2 MB per series); many times a chart's pixel width. */
    public static final int MAX_POINTS = 1 << 17;

    private final int maxPoints;
    private double[] xs;
    private double[] ys;
    private int size;
    private int compactions;

    public SeriesBuffer() {
        this(1024, MAX_POINTS);
    }

    public SeriesBuffer(int capacity) {
        this(capacity, MAX_POINTS);
    }

    /** @param maxPoints points held before compaction (at least 16) */
    public SeriesBuffer(int capacity, int maxPoints) {
        if (maxPoints < 16) {
            throw new IllegalArgumentException("maxPoints must be at least 16");
        }
        this.maxPoints = maxPoints;
        xs = new double[Math.max(16, Math.min(capacity, maxPoints))];
        ys = new double[xs.length];
    }

    public void add(double x, double y) {
        if (size > 0 && x < xs[size - 1]) {
            throw new IllegalArgumentException("x must not decrease: " + x + " after " + xs[size - 1]);
        }
        if (size >= maxPoints) {
            compact();
        }
        if (size == xs.length) {
            int cap = xs.length + (xs.length >> 1);
            xs = Arrays.copyOf(xs, cap);
            ys = Arrays.copyOf(ys, cap);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    /** Keeps the lowest and highest of every four neighbours; a NaN (a break in the line) wins a slot. */
    private void compact() {
        int out = 0;
        for (int g = 0; g < size; g += 4) {
            int end = Math.min(size, g + 4);
            int lo = -1;
            int hi = -1;
            int nan = -1;
            for (int i = g; i < end; i++) {
                double y = ys[i];
                if (Double.isNaN(y)) {
                    nan = nan < 0 ? i : nan;
                } else {
                    lo = lo < 0 || y < ys[lo] ? i : lo;
                    hi = hi < 0 || y > ys[hi] ? i : hi;
                }
            }
            int a = nan >= 0 ? nan : lo;
            int b = nan >= 0 ? hi : (lo == hi ? -1 : hi);
            if (a < 0) {
                a = b;
                b = -1;
            }
            if (b >= 0 && b < a) {
                int t = a;
                a = b;
                b = t;
            }
            if (a >= 0) {
                xs[out] = xs[a];
                ys[out] = ys[a];
                out++;
            }
            if (b >= 0) {
                xs[out] = xs[b];
                ys[out] = ys[b];
                out++;
            }
        }
        size = out;
        compactions++;
    }

    /** How often the history was halved (0 while every sample is still held). */
    public int compactions() {
        return compactions;
    }

    public void clear() {
        size = 0;
        compactions = 0;
    }

    public int size() {
        return size;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    /** The first index whose x is at least {@code x} (size if none). */
    public int lowerBound(double x) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the sample whose x is closest to {@code x}, or -1 when empty. */
    public int nearest(double x) {
        if (size == 0) {
            return -1;
        }
        int i = lowerBound(x);
        if (i == size) {
            return size - 1;
        }
        if (i > 0 && x - xs[i - 1] < xs[i] - x) {
            return i - 1;
        }
        return i;
    }
}
