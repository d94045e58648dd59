package dev.deepforward.ui.views;

import java.util.List;

/**
 * A confusion matrix as the view draws it: counts [true class][predicted class], each cell's share of its
 * row (how often that true class gets that answer; the colour), and the cell's text (the count).
 */
public final class ConfusionModel {

    private final int[][] counts;
    private final int[] rowTotals;
    private final List<String> names;
    private final int epoch;
    private final long total;
    private final long correct;

    public ConfusionModel(int[][] counts, List<String> names, int epoch) {
        int k = counts.length;
        this.counts = new int[k][];
        this.rowTotals = new int[k];
        long t = 0;
        long c = 0;
        for (int i = 0; i < k; i++) {
            this.counts[i] = counts[i].clone();
            for (int j = 0; j < counts[i].length; j++) {
                rowTotals[i] += counts[i][j];
                if (i == j) {
                    c += counts[i][j];
                }
            }
            t += rowTotals[i];
        }
        this.names = names == null ? List.of() : List.copyOf(names);
        this.epoch = epoch;
        this.total = t;
        this.correct = c;
    }

    public int size() {
        return counts.length;
    }

    public int count(int trueClass, int predicted) {
        return counts[trueClass][predicted];
    }

    /** The cell's share of its row, 0 for an empty row: what its colour shows. */
    public double share(int trueClass, int predicted) {
        return rowTotals[trueClass] == 0 ? 0 : counts[trueClass][predicted] / (double) rowTotals[trueClass];
    }

    /** The number written in the cell. */
    public String text(int trueClass, int predicted) {
        return Integer.toString(counts[trueClass][predicted]);
    }

    /** A class's name (its index when the names are unknown). */
    public String name(int c) {
        return c < names.size() ? names.get(c) : Integer.toString(c);
    }

    public long total() {
        return total;
    }

    public double accuracy() {
        return total == 0 ? Double.NaN : correct / (double) total;
    }

    public int epoch() {
        return epoch;
    }
}
