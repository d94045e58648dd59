package dev.deepforward.ui.chart;

import java.util.Arrays;

/**
 * A growable (x, y) series in primitive arrays: 100,000 points cost a few MB and no objects, where a
 * chart's {@code XYChart.Data} per point would cost tens of MB and make every frame slow. x must not
 * decrease (iterations, epochs), so lookups by x are binary searches.
 *
 * <p>The history is bounded: the engine publishes up to ~100,000 minibatch losses a second per variant,
 * which would fill the heap within minutes. When {@link #MAX_POINTS} are held, neighbours are merged in
 * pairs, halving the buffer, and from then on new samples are gathered into points of the same size, so
 * every stretch of the run keeps the same resolution (merging only the buffer's oldest part again and
 * again would leave the start of a long run with a handful of points). A merged point keeps what the chart
 * draws of it: the mean of its samples (weighted by how many each stands for, so the mean line stays
 * exact), their lowest and highest value (so a spike stays visible forever) and their count. Only detail
 * far finer than a pixel of the older part of the run is lost.
 */
public final class SeriesBuffer {

    /**
     * Points kept before the history is compacted: several per pixel column of even a 4K-wide chart, and
     * few enough that summing them into columns at every repaint stays cheap (with 131,072 this took half
     * of the FX thread's time at full speed; measured with CompareDemo and Flight Recorder).
     */
    public static final int MAX_POINTS = 1 << 14;

    private final int maxPoints;
    private double[] xs;
    private double[] ys;
    private double[] los;
    private double[] his;
    private int[] counts;
    private int size;
    private int compactions;
    /** Samples each point gathers before the next one starts: doubles with every compaction. */
    private int stride = 1;
    private double lastX = Double.NEGATIVE_INFINITY;

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
        allocate(Math.max(16, Math.min(capacity, maxPoints)));
    }

    private void allocate(int capacity) {
        xs = xs == null ? new double[capacity] : Arrays.copyOf(xs, capacity);
        ys = ys == null ? new double[capacity] : Arrays.copyOf(ys, capacity);
        los = los == null ? new double[capacity] : Arrays.copyOf(los, capacity);
        his = his == null ? new double[capacity] : Arrays.copyOf(his, capacity);
        counts = counts == null ? new int[capacity] : Arrays.copyOf(counts, capacity);
    }

    public void add(double x, double y) {
        if (x < lastX) {
            throw new IllegalArgumentException("x must not decrease: " + x + " after " + lastX);
        }
        lastX = x;
        int last = size - 1;
        if (last >= 0 && counts[last] < stride && !Double.isNaN(ys[last]) && !Double.isNaN(y)) {
            // The newest point is still gathering samples.
            int n = counts[last] + 1;
            xs[last] += (x - xs[last]) / n;
            ys[last] += (y - ys[last]) / n;
            los[last] = Math.min(los[last], y);
            his[last] = Math.max(his[last], y);
            counts[last] = n;
            return;
        }
        if (size >= maxPoints) {
            compact();
        }
        if (size == xs.length) {
            allocate(xs.length + (xs.length >> 1));
        }
        xs[size] = x;
        ys[size] = y;
        los[size] = y;
        his[size] = y;
        counts[size] = 1;
        size++;
    }

    /**
     * Merges neighbours in pairs. A NaN (a break in the line) is never merged, so the break survives; its
     * neighbour then keeps its own slot too.
     */
    private void compact() {
        int out = 0;
        int i = 0;
        while (i < size) {
            if (i + 1 < size && !Double.isNaN(ys[i]) && !Double.isNaN(ys[i + 1])) {
                int n = counts[i] + counts[i + 1];
                xs[out] = (xs[i] * counts[i] + xs[i + 1] * counts[i + 1]) / n;
                ys[out] = (ys[i] * counts[i] + ys[i + 1] * counts[i + 1]) / n;
                los[out] = Math.min(los[i], los[i + 1]);
                his[out] = Math.max(his[i], his[i + 1]);
                counts[out] = n;
                i += 2;
            } else {
                xs[out] = xs[i];
                ys[out] = ys[i];
                los[out] = los[i];
                his[out] = his[i];
                counts[out] = counts[i];
                i++;
            }
            out++;
        }
        size = out;
        compactions++;
        stride *= 2;
    }

    /** How often the history was halved (0 while every sample is still held). */
    public int compactions() {
        return compactions;
    }

    public void clear() {
        size = 0;
        compactions = 0;
        stride = 1;
        lastX = Double.NEGATIVE_INFINITY;
    }

    public int size() {
        return size;
    }

    public double x(int i) {
        return xs[i];
    }

    /** The mean of the samples point {@code i} stands for (the sample itself before any compaction). */
    public double y(int i) {
        return ys[i];
    }

    /** The lowest sample point {@code i} stands for. */
    public double lo(int i) {
        return los[i];
    }

    /** The highest sample point {@code i} stands for. */
    public double hi(int i) {
        return his[i];
    }

    /** How many samples point {@code i} stands for. */
    public int count(int i) {
        return counts[i];
    }

    /** The x of the newest sample (a gathering point's own x is its samples' mean). */
    public double lastX() {
        return lastX;
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
