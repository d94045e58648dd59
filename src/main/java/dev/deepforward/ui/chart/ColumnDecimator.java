package dev.deepforward.ui.chart;

import java.util.Arrays;

/**
 * Reduces a series to one summary per pixel column: the mean of the column's samples, their lowest and
 * highest value, and where in x they sit. The chart draws the means as a line and the lowest–highest
 * range as a shaded band, so a loss spike stays visible however long the run.
 *
 * <p>Why not simply draw every column's lowest and highest sample as one zigzag polyline: on a noisy
 * minibatch loss that line crosses hundreds of pixels in every column, and rasterizing such strokes took
 * the render thread half a core at 20 repaints a second (measured with CompareDemo), while the same
 * envelope as one-pixel rectangles costs next to nothing — and a dashed variant stays recognisable
 * because its dashes run along a smooth mean line instead of vanishing in the zigzag.
 *
 * <p>Unusable samples (NaN, ±∞, or a mean ≤ 0 on a log axis) break the line instead of being drawn. The
 * output arrays are reused between frames, so a redraw allocates nothing.
 */
public final class ColumnDecimator {

    private double[] outX = new double[1024];
    private double[] outMean = new double[1024];
    private double[] outLo = new double[1024];
    private double[] outHi = new double[1024];
    private int count;

    // The column being summed up.
    private double sumX;
    private double sumY;
    private double lo;
    private double hi;
    private long n;

    /**
     * @param s            the series
     * @param x0           x at the left edge of the plot
     * @param x1           x at the right edge
     * @param columns      pixel columns of the plot
     * @param positiveOnly whether y ≤ 0 is unusable (log axis)
     */
    public void decimate(SeriesBuffer s, double x0, double x1, int columns, boolean positiveOnly) {
        count = 0;
        n = 0;
        if (s.size() == 0 || columns < 1) {
            return;
        }
        double colWidth = (x1 - x0) / columns;
        if (!(colWidth > 0)) {
            colWidth = 1;
        }
        // One sample either side of the window keeps the line running to the plot's edges.
        int start = Math.max(0, s.lowerBound(x0) - 1);
        int end = Math.min(s.size(), s.lowerBound(x1) + 1);
        long col = Long.MIN_VALUE;
        boolean lastWasBreak = true;
        for (int i = start; i < end; i++) {
            double y = s.y(i);
            if (!usable(y, positiveOnly)) {
                flush();
                if (!lastWasBreak) {
                    push(s.x(i), Double.NaN, Double.NaN, Double.NaN);
                    lastWasBreak = true;
                }
                col = Long.MIN_VALUE;
                continue;
            }
            long c = (long) Math.floor((s.x(i) - x0) / colWidth);
            if (c == columns && s.x(i) <= x1) {
                c = columns - 1; // a sample exactly at the right edge belongs to the last column
            }
            if (c != col) {
                flush();
                col = c;
                lo = Double.POSITIVE_INFINITY;
                hi = Double.NEGATIVE_INFINITY;
            }
            int k = s.count(i);
            sumX += s.x(i) * k;
            sumY += y * k;
            n += k;
            lo = Math.min(lo, s.lo(i));
            hi = Math.max(hi, s.hi(i));
            lastWasBreak = false;
        }
        flush();
    }

    private static boolean usable(double y, boolean positiveOnly) {
        return Double.isFinite(y) && (!positiveOnly || y > 0);
    }

    private void flush() {
        if (n > 0) {
            push(sumX / n, sumY / n, lo, hi);
        }
        n = 0;
        sumX = 0;
        sumY = 0;
    }

    private void push(double x, double mean, double low, double high) {
        if (count == outX.length) {
            int cap = count * 2;
            outX = Arrays.copyOf(outX, cap);
            outMean = Arrays.copyOf(outMean, cap);
            outLo = Arrays.copyOf(outLo, cap);
            outHi = Arrays.copyOf(outHi, cap);
        }
        outX[count] = x;
        outMean[count] = mean;
        outLo[count] = low;
        outHi[count] = high;
        count++;
    }

    /** Columns with data, plus one entry per break. */
    public int count() {
        return count;
    }

    /** Where the column's samples sit in x (their mean). */
    public double x(int i) {
        return outX[i];
    }

    /** The mean of the column's samples; NaN marks a break in the line. */
    public double y(int i) {
        return outMean[i];
    }

    /** The column's lowest sample (may be ≤ 0 on a log axis: the band then runs to the bottom). */
    public double lo(int i) {
        return outLo[i];
    }

    /** The column's highest sample. */
    public double hi(int i) {
        return outHi[i];
    }
}
