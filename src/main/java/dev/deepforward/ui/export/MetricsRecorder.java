package dev.deepforward.ui.export;

import dev.deepforward.ui.chart.MetricsSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps the numbers the charts are drawn from — every iteration's loss, learning rate and per-layer
 * gradient norms, and every epoch's evaluation — in primitive arrays, for File → Export metrics. It sits
 * next to the charts on the same feed rather than reading the charts back, because the charts keep only
 * what they draw (the heatmap averages iterations into columns).
 *
 * <p>Exact for the first {@link #MAX_ROWS} iterations; a longer run keeps every 2nd, then every 4th …
 * iteration, so memory stays bounded however long the window trains. Epoch rows are always all kept.
 */
public final class MetricsRecorder implements MetricsSink {

    static final int MAX_ROWS = 200_000;

    /** One epoch's evaluation, in the window's numbers (NaN where not measured). */
    public record EpochRow(int epoch, long iteration, double trainLoss, double validationLoss, double trainAccuracy,
            double validationAccuracy) {
    }

    private String[] layers = new String[0];
    private long[] iterations = new long[1024];
    private int[] epochs = new int[1024];
    private double[] losses = new double[1024];
    private double[] rates = new double[1024];
    private float[] norms = new float[0];
    private int rows;
    private long stride = 1;
    private final List<EpochRow> epochRows = new ArrayList<>();

    @Override
    public void reset(String[] layerNames) {
        layers = layerNames.clone();
        rows = 0;
        stride = 1;
        norms = new float[iterations.length * layers.length];
        epochRows.clear();
    }

    @Override
    public void iteration(long iteration, int epoch, double batchLoss, double learningRate, float[] gradientNorms) {
        if (iteration % stride != 0 && iteration != 1) {
            return;
        }
        if (rows == MAX_ROWS) {
            thin();
            if (iteration % stride != 0) {
                return;
            }
        }
        if (rows == iterations.length) {
            int cap = Math.min(MAX_ROWS, rows * 2);
            iterations = Arrays.copyOf(iterations, cap);
            epochs = Arrays.copyOf(epochs, cap);
            losses = Arrays.copyOf(losses, cap);
            rates = Arrays.copyOf(rates, cap);
            norms = Arrays.copyOf(norms, cap * layers.length);
        }
        iterations[rows] = iteration;
        epochs[rows] = epoch;
        losses[rows] = batchLoss;
        rates[rows] = learningRate;
        System.arraycopy(gradientNorms, 0, norms, rows * layers.length, Math.min(layers.length, gradientNorms.length));
        rows++;
    }

    /** Keeps every other kept row (those on the doubled stride), halving the memory in use. */
    private void thin() {
        stride *= 2;
        int kept = 0;
        int l = layers.length;
        for (int i = 0; i < rows; i++) {
            if (iterations[i] % stride == 0 || iterations[i] == 1) {
                iterations[kept] = iterations[i];
                epochs[kept] = epochs[i];
                losses[kept] = losses[i];
                rates[kept] = rates[i];
                System.arraycopy(norms, i * l, norms, kept * l, l);
                kept++;
            }
        }
        rows = kept;
    }

    @Override
    public void epoch(int epoch, long iteration, double trainLoss, double validationLoss, double trainAccuracy,
            double validationAccuracy) {
        epochRows.add(new EpochRow(epoch, iteration, trainLoss, validationLoss, trainAccuracy, validationAccuracy));
    }

    public String[] layerNames() { return layers.clone(); }
    public int rows() { return rows; }
    public long iteration(int row) { return iterations[row]; }
    /** The 0-based epoch the step belonged to, as the engine reports it. */
    public int epoch(int row) { return epochs[row]; }
    public double loss(int row) { return losses[row]; }
    public double learningRate(int row) { return rates[row]; }
    public float gradientNorm(int row, int layer) { return norms[row * layers.length + layer]; }
    public List<EpochRow> epochRows() { return List.copyOf(epochRows); }
}
