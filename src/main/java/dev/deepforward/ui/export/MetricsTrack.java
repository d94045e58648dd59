package dev.deepforward.ui.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One run's (or one variant's) recorded numbers in primitive arrays: every iteration's loss, learning rate
 * and per-layer gradient norms, and every epoch's evaluation.
 *
 * <p>Exact for the first {@link MetricsRecorder#MAX_ROWS} iterations; a longer run keeps every 2nd, then every
 * 4th … iteration, so memory stays bounded however long the window trains. Epoch rows likewise: exact for
 * the first {@link #MAX_EPOCH_ROWS} epochs, then every 2nd, 4th … (a 300-example dataset at full speed
 * ends 2,000 epochs a second; keeping every row grew the heap by 14 MB a minute).
 */
public final class MetricsTrack {

    /** One epoch's evaluation, in the window's numbers (NaN where not measured). */
    public record EpochRow(int epoch, long iteration, double trainLoss, double validationLoss, double trainAccuracy,
            double validationAccuracy) {
    }

    private final String label;
    private final int layers;
    private long[] iterations = new long[1024];
    private int[] epochs = new int[1024];
    private double[] losses = new double[1024];
    private double[] rates = new double[1024];
    private float[] norms;
    private int rows;
    private long stride = 1;
    /** Epoch rows kept exactly; an object each (56 bytes), so fewer than iteration rows. */
    static final int MAX_EPOCH_ROWS = dev.deepforward.engine.run.MetricRows.MAX_EPOCH_ROWS;

    private List<EpochRow> epochRows = new ArrayList<>();
    private int epochStride = 1;

    MetricsTrack(String label, int layers) {
        this.label = label;
        this.layers = layers;
        this.norms = new float[iterations.length * layers];
    }

    void iteration(long iteration, int epoch, double batchLoss, double learningRate, float[] gradientNorms) {
        if (iteration % stride != 0 && iteration != 1) {
            return;
        }
        if (rows == MetricsRecorder.MAX_ROWS) {
            thin();
            if (iteration % stride != 0) {
                return;
            }
        }
        if (rows == iterations.length) {
            int cap = Math.min(MetricsRecorder.MAX_ROWS, rows * 2);
            iterations = Arrays.copyOf(iterations, cap);
            epochs = Arrays.copyOf(epochs, cap);
            losses = Arrays.copyOf(losses, cap);
            rates = Arrays.copyOf(rates, cap);
            norms = Arrays.copyOf(norms, cap * layers);
        }
        iterations[rows] = iteration;
        epochs[rows] = epoch;
        losses[rows] = batchLoss;
        rates[rows] = learningRate;
        System.arraycopy(gradientNorms, 0, norms, rows * layers, Math.min(layers, gradientNorms.length));
        rows++;
    }

    /** Keeps every other kept row (those on the doubled stride), halving the memory in use. */
    private void thin() {
        stride *= 2;
        int kept = 0;
        for (int i = 0; i < rows; i++) {
            if (iterations[i] % stride == 0 || iterations[i] == 1) {
                iterations[kept] = iterations[i];
                epochs[kept] = epochs[i];
                losses[kept] = losses[i];
                rates[kept] = rates[i];
                System.arraycopy(norms, i * layers, norms, kept * layers, layers);
                kept++;
            }
        }
        rows = kept;
    }

    void epoch(int epoch, long iteration, double trainLoss, double validationLoss, double trainAccuracy,
               double validationAccuracy) {
        if (epoch % epochStride != 0 && epoch != 1) {
            return;
        }
        if (epochRows.size() == MAX_EPOCH_ROWS) {
            epochStride *= 2;
            int stride = epochStride;
            epochRows = new ArrayList<>(epochRows.stream().filter(r -> r.epoch() % stride == 0 || r.epoch() == 1).toList());
            if (epoch % epochStride != 0) {
                return;
            }
        }
        epochRows.add(new EpochRow(epoch, iteration, trainLoss, validationLoss, trainAccuracy, validationAccuracy));
    }

    /** The variant's label ("A: sigmoid"), empty for a single run. */
    public String label() { return label; }
    public int rows() { return rows; }
    public long iteration(int row) { return iterations[row]; }
    /** The 0-based epoch the step belonged to, as the engine reports it. */
    public int epoch(int row) { return epochs[row]; }
    public double loss(int row) { return losses[row]; }
    public double learningRate(int row) { return rates[row]; }
    /** Layer {@code layer}'s norm at a row; NaN past this run's layers (a shallower variant's). */
    public float gradientNorm(int row, int layer) { return layer < layers ? norms[row * layers + layer] : Float.NaN; }
    public List<EpochRow> epochRows() { return List.copyOf(epochRows); }
}
