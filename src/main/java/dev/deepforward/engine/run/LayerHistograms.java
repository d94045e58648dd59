package dev.deepforward.engine.run;

/**
 * Histograms of every layer's weights and gradients, taken when a view asks for them.
 *
 * @param variant   the variant's name
 * @param iteration iterations taken when they were measured
 * @param layers    one entry per layer (hidden 1…L, then the output layer)
 */
public record LayerHistograms(String variant, long iteration, Layer[] layers) implements RunEvent {

    /**
     * One layer's histograms. Each covers [−limit, limit] in {@code counts.length} equal bins, the limit
     * being the largest magnitude present (so the shape is visible whatever the scale).
     *
     * @param name           the layer's name
     * @param weightLimit    the weights' bin range
     * @param weightCounts   weights per bin (biases excluded)
     * @param gradientLimit  the gradients' bin range
     * @param gradientCounts gradient components per bin (weights and biases, after clipping)
     */
    public record Layer(String name, double weightLimit, int[] weightCounts, double gradientLimit,
                        int[] gradientCounts) {
    }

    /** Counts {@code values[from, to)} into {@code bins} equal bins over [−limit, limit]. */
    static int[] histogram(double[] values, int from, int to, int bins, double limit) {
        int[] counts = new int[bins];
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                continue;
            }
            int b = limit <= 0 ? bins / 2 : (int) Math.floor((v + limit) / (2 * limit) * bins);
            counts[Math.max(0, Math.min(bins - 1, b))]++;
        }
        return counts;
    }

    static double limit(double[] values, int from, int to) {
        double max = 0;
        for (int i = from; i < to; i++) {
            if (Double.isFinite(values[i])) {
                max = Math.max(max, Math.abs(values[i]));
            }
        }
        return max;
    }
}
