package dev.deepforward.ui.chart;

import java.util.Arrays;

/**
 * A growable (x, y) series in two primitive arrays: 100,000 points cost 1.6 MB and no objects, where a
 * chart's {@code XYChart.Data} per point would cost tens of MB and make every frame slow. x must not
 * decrease (iterations, epochs), so lookups by x are binary searches.
 */
public final class SeriesBuffer {

    private double[] xs;
    private double[] ys;
    private int size;

    public SeriesBuffer() {
        this(1024);
    }

    public SeriesBuffer(int capacity) {
        xs = new double[Math.max(16, capacity)];
        ys = new double[xs.length];
    }

    public void add(double x, double y) {
        if (size > 0 && x < xs[size - 1]) {
            throw new IllegalArgumentException("x must not decrease: " + x + " after " + xs[size - 1]);
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

    public void clear() {
        size = 0;
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
