package dev.deepforward.ui.chart;

/**
 * What the loss and accuracy charts count along their x axis. Iterations are updates; a comparison of batch
 * sizes reads better per epoch or per example seen, where batch 1,024's few updates span the same width as
 * batch 4's many.
 */
public enum ChartX {
    /** Training steps (updates), as the engine counts them. */
    ITERATION("iteration", "Iteration", "iteration"),
    /** Passes over the training set: iterations over the variant's iterations per epoch. */
    EPOCH("epoch", "Epoch", "epoch"),
    /** Training examples gone through: epochs times the training set's size. */
    EXAMPLES("examples", "Examples", "examples seen");

    private final String id;
    private final String button;
    private final String axisLabel;

    ChartX(String id, String button, String axisLabel) {
        this.id = id;
        this.button = button;
        this.axisLabel = axisLabel;
    }

    /** The name in a workbench file ({@code layout.chartX}). */
    public String id() {
        return id;
    }

    /** The switch's text. */
    public String button() {
        return button;
    }

    /** The x axis's label. */
    public String axisLabel() {
        return axisLabel;
    }

    /** The choice a workbench file names, or null for a name this build does not know. */
    public static ChartX of(String id) {
        for (ChartX x : values()) {
            if (x.id.equals(id)) {
                return x;
            }
        }
        return null;
    }

    /** The ids, for messages ("iteration, epoch, examples"). */
    public static String ids() {
        return String.join(", ", java.util.Arrays.stream(values()).map(ChartX::id).toList());
    }

    /**
     * The factor that turns a variant's iterations into this unit: 1 for iterations, 1/iterations-per-epoch
     * for epochs, examples-per-epoch/iterations-per-epoch for examples (exact at every epoch's end, within a
     * batch in between: a short last batch is spread over the epoch). 1 while the sizes are not known.
     */
    public double scale(int iterationsPerEpoch, int examplesPerEpoch) {
        if (this == ITERATION || iterationsPerEpoch <= 0 || examplesPerEpoch <= 0) {
            return 1;
        }
        return this == EPOCH ? 1.0 / iterationsPerEpoch : (double) examplesPerEpoch / iterationsPerEpoch;
    }
}
