package dev.deepforward.ui.chart;

import java.util.List;

/**
 * What the charts are about to show: the layers whose gradients are measured and, for a side-by-side run,
 * the variants' labels in order (variant A first) with a caption saying what differs.
 *
 * @param layerNames    one name per layer, first hidden layer first, the output layer last
 * @param variantLabels "A: sigmoid", "B: ReLU", …; empty for a single run
 * @param caption       "A: sigmoid · B: ReLU — same data, seed 42"; empty for a single run
 */
public record RunLayout(String[] layerNames, List<String> variantLabels, String caption) {

    public RunLayout {
        layerNames = layerNames.clone();
        variantLabels = List.copyOf(variantLabels);
        caption = caption == null ? "" : caption;
    }

    public static RunLayout single(String[] layerNames) {
        return new RunLayout(layerNames, List.of(), "");
    }

    public boolean compare() {
        return !variantLabels.isEmpty();
    }

    /** Curves and panels drawn: one per variant, or one for a single run. */
    public int runs() {
        return Math.max(1, variantLabels.size());
    }
}
