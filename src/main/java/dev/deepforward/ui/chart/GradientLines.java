package dev.deepforward.ui.chart;

/**
 * The gradient norm of every layer as lines over the iterations (or epochs, or examples seen, as the charts'
 * x-axis switch says), on a log axis: the heatmap's story
 * (vanishing in the first layers, exploding, or flowing) as numbers one can read off with the pointer.
 * One series per layer, named as in the heatmap, in {@link LayerStyles}.
 */
public final class GradientLines {

    private final LiveLineChart chart = new LiveLineChart("Gradient norm per layer");
    private String[] names = new String[0];
    private boolean[] frozen = new boolean[0];
    /** What x counts (the charts' x-axis switch) and how many of it one iteration is for this variant. */
    private ChartX x = ChartX.ITERATION;
    private double xScale = 1;

    public GradientLines() {
        chart.setLogY(true);
        chart.setXLabel("iteration");
        chart.setIntegerX(true);
        chart.getStyleClass().add("gradient-lines");
    }

    /** Starts over with one line per layer, first hidden layer first, the output layer last. */
    public void setLayers(String[] layerNames) {
        names = layerNames.clone();
        build(new boolean[names.length]);
    }

    /**
     * Frozen layers (transfer learning; set after {@link #setLayers}) get no line, as their gradient is never
     * applied; their key says "frozen".
     */
    public void setFrozen(boolean[] flags) {
        boolean[] f = new boolean[names.length];
        System.arraycopy(flags, 0, f, 0, Math.min(flags.length, f.length));
        if (!java.util.Arrays.equals(f, frozen)) {
            build(f);
        }
    }

    private void build(boolean[] flags) {
        frozen = flags;
        chart.removeAllSeries();
        for (int i = 0; i < names.length; i++) {
            boolean out = i == names.length - 1;
            String note = frozen[i] ? " (frozen)" : "";
            chart.addSeries(names[i] + note, LayerStyles.of(i, names.length));
            // a deep network's eleven names do not fit a variant's key: "L1" … "L10", "out" (or "1" … "out") do
            chart.setShortNames(i, (out ? "out" : "L" + (i + 1)) + (frozen[i] ? " frozen" : ""),
                    out ? "out" : String.valueOf(i + 1));
            chart.setXScale(i, xScale);
        }
    }

    /**
     * Draws the lines against {@code unit} (the charts' x-axis switch), {@code scale} of it per iteration
     * (see {@link ChartX#scale}), as the loss and accuracy charts beside them.
     */
    public void setX(ChartX unit, double scale) {
        x = java.util.Objects.requireNonNull(unit);
        xScale = scale;
        chart.setXLabel(unit.axisLabel());
        chart.setIntegerX(unit != ChartX.EPOCH);
        for (int i = 0; i < chart.seriesCount(); i++) {
            chart.setXScale(i, scale);
        }
    }

    /** What the x axis counts now. */
    public ChartX x() {
        return x;
    }

    /**
     * One step's norms. Non-finite norms (a run that blew up) break the lines rather than wreck the axis;
     * the heatmap beside shows them in its "blew up" colour.
     */
    public void append(long iteration, float[] norms) {
        int n = Math.min(norms.length, chart.seriesCount());
        for (int i = 0; i < n; i++) {
            if (i < frozen.length && frozen[i]) {
                continue;
            }
            float v = norms[i];
            chart.append(i, iteration, Float.isFinite(v) ? v : Double.NaN);
        }
    }

    public void clearData() {
        chart.clearData();
    }

    public LiveLineChart chart() {
        return chart;
    }

    /** The layer names, one per line, in order. */
    public String[] layerNames() {
        return names.clone();
    }
}
