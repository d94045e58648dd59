package dev.deepforward.ui.chart;

import java.util.Arrays;

/**
 * Per-layer values over time, kept as log10 and compacted to a bounded number of columns: when the
 * columns are full, neighbours are merged pairwise (their mean in log space, i.e. the geometric mean of
 * the norms) and each column then covers twice as many iterations. Appending is O(layers) however long
 * the run, and the whole history always fits the heatmap's width.
 */
public final class HeatmapData {

    private final int rows;
    private final int capacity;
    private final float[] sum;   // sum of log10 values per (column, row) of the current bucket sizes
    private final int[] counts;  // samples in each column
    private int columns;
    private long bucket = 1;     // samples per full column
    private long samples;
    private int firstChanged;    // lowest column changed since the last takeChanges()

    public HeatmapData(int rows, int capacity) {
        if (rows < 1 || capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("rows ≥ 1 and an even capacity ≥ 2 needed");
        }
        this.rows = rows;
        this.capacity = capacity;
        this.sum = new float[rows * capacity];
        this.counts = new int[capacity];
    }

    /** One time step: a value per row (norms ≥ 0; 0, NaN and ∞ are kept as such via log10). */
    public void append(float[] values) {
        if (values.length != rows) {
            throw new IllegalArgumentException("expected " + rows + " values, got " + values.length);
        }
        if (columns > 0 && counts[columns - 1] < bucket) {
            add(columns - 1, values);
        } else {
            if (columns == capacity) {
                compact();
            }
            columns++;
            add(columns - 1, values);
        }
        samples++;
    }

    private void add(int col, float[] values) {
        for (int r = 0; r < rows; r++) {
            sum[col * rows + r] += (float) Math.log10(values[r]);
        }
        counts[col]++;
        firstChanged = Math.min(firstChanged, col);
    }

    private void compact() {
        int half = capacity / 2;
        for (int c = 0; c < half; c++) {
            for (int r = 0; r < rows; r++) {
                sum[c * rows + r] = sum[2 * c * rows + r] + sum[(2 * c + 1) * rows + r];
            }
            counts[c] = counts[2 * c] + counts[2 * c + 1];
        }
        Arrays.fill(sum, half * rows, sum.length, 0f);
        Arrays.fill(counts, half, capacity, 0);
        columns = half;
        bucket *= 2;
        firstChanged = 0;
    }

    /** The mean log10 value of a cell (NaN when a NaN was added, -∞ for zeros). */
    public float logValue(int column, int row) {
        return counts[column] == 0 ? Float.NaN : sum[column * rows + row] / counts[column];
    }

    public int rows() { return rows; }
    public int columns() { return columns; }
    public int capacity() { return capacity; }
    public long samples() { return samples; }
    public long samplesPerColumn() { return bucket; }

    /** The lowest column changed since the last call (columns() if none), then resets it. */
    int takeChanges() {
        int f = firstChanged;
        firstChanged = Integer.MAX_VALUE;
        return Math.min(f, columns);
    }

    public void clear() {
        Arrays.fill(sum, 0f);
        Arrays.fill(counts, 0);
        columns = 0;
        bucket = 1;
        samples = 0;
        firstChanged = 0;
    }
}
