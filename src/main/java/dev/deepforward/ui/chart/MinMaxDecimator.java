package dev.deepforward.ui.chart;

import java.util.Arrays;

/**
 * Reduces a series to at most two points per pixel column: the column's lowest and highest samples, in
 * the order they occurred. Drawn as a polyline this is indistinguishable from drawing every sample (a
 * column can show nothing but its vertical extent), and a loss spike stays visible however long the run.
 * Unusable samples (NaN, ±∞, or ≤ 0 on a log axis) break the line instead of being drawn.
 *
 * <p>The output arrays are reused between frames, so a redraw allocates nothing.
 */
public final class MinMaxDecimator {

    private double[] outX = new double[2048];
    private double[] outY = new double[2048];
    private int count;

    /**
     * @param s            the series
     * @param x0           x at the left edge of the plot
     * @param x1           x at the right edge
     * @param columns      pixel columns of the plot
     * @param positiveOnly whether y ≤ 0 is unusable (log axis)
     */
    public void decimate(SeriesBuffer s, double x0, double x1, int columns, boolean positiveOnly) {
        count = 0;
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
        int minIdx = -1;
        int maxIdx = -1;
        boolean lastWasBreak = true;
        for (int i = start; i < end; i++) {
            double y = s.y(i);
            if (!usable(y, positiveOnly)) {
                if (minIdx >= 0) {
                    flush(s, minIdx, maxIdx);
                    minIdx = -1;
                }
                if (!lastWasBreak) {
                    push(s.x(i), Double.NaN);
                    lastWasBreak = true;
                }
                col = Long.MIN_VALUE;
                continue;
            }
            long c = (long) Math.floor((s.x(i) - x0) / colWidth);
            if (c != col || minIdx < 0) {
                if (minIdx >= 0) {
                    flush(s, minIdx, maxIdx);
                }
                col = c;
                minIdx = i;
                maxIdx = i;
            } else {
                if (y < s.y(minIdx)) {
                    minIdx = i;
                }
                if (y > s.y(maxIdx)) {
                    maxIdx = i;
                }
            }
            lastWasBreak = false;
        }
        if (minIdx >= 0) {
            flush(s, minIdx, maxIdx);
        }
    }

    private static boolean usable(double y, boolean positiveOnly) {
        return Double.isFinite(y) && (!positiveOnly || y > 0);
    }

    private void flush(SeriesBuffer s, int minIdx, int maxIdx) {
        if (minIdx == maxIdx) {
            push(s.x(minIdx), s.y(minIdx));
        } else if (minIdx < maxIdx) {
            push(s.x(minIdx), s.y(minIdx));
            push(s.x(maxIdx), s.y(maxIdx));
        } else {
            push(s.x(maxIdx), s.y(maxIdx));
            push(s.x(minIdx), s.y(minIdx));
        }
    }

    private void push(double x, double y) {
        if (count == outX.length) {
            outX = Arrays.copyOf(outX, count * 2);
            outY = Arrays.copyOf(outY, count * 2);
        }
        outX[count] = x;
        outY[count] = y;
        count++;
    }

    public int count() {
        return count;
    }

    public double x(int i) {
        return outX[i];
    }

    /** NaN marks a break in the line. */
    public double y(int i) {
        return outY[i];
    }
}
