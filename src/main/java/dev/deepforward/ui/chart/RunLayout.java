package dev.deepforward.ui.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * What the charts are about to show: the layers whose gradients are measured and, for a side-by-side run,
 * the variants' labels in order (variant A first) with a caption saying what differs. Variants may differ in
 * depth ("no hidden layer" beside "3 linear layers"): each then has its own layer names.
 *
 * @param layerNames    one name per layer, first hidden layer first, the output layer last (the base design's)
 * @param variantLabels "A: sigmoid", "B: ReLU", …; empty for a single run
 * @param caption       "A: sigmoid · B: ReLU — same data, seed 42"; empty for a single run
 * @param variantLayers each variant's layer names, in the order of {@code variantLabels}; empty when every
 *                      run has {@code layerNames}
 * @param frozen        per run (variant A first), which of its layers are frozen (transfer learning: their
 *                      parameters are not updated); empty, or shorter than the runs, for none
 */
public record RunLayout(String[] layerNames, List<String> variantLabels, String caption, List<String[]> variantLayers,
                        List<boolean[]> frozen) {

    public RunLayout {
        layerNames = layerNames.clone();
        variantLabels = List.copyOf(variantLabels);
        caption = caption == null ? "" : caption;
        List<String[]> copy = new ArrayList<>();
        for (String[] names : variantLayers == null ? List.<String[]>of() : variantLayers) {
            copy.add(names.clone());
        }
        variantLayers = List.copyOf(copy);
        List<boolean[]> frozenCopy = new ArrayList<>();
        for (boolean[] f : frozen == null ? List.<boolean[]>of() : frozen) {
            frozenCopy.add(f.clone());
        }
        frozen = List.copyOf(frozenCopy);
    }

    /** No layer is frozen. */
    public RunLayout(String[] layerNames, List<String> variantLabels, String caption, List<String[]> variantLayers) {
        this(layerNames, variantLabels, caption, variantLayers, List.of());
    }

    /** Every run measures the same layers. */
    public RunLayout(String[] layerNames, List<String> variantLabels, String caption) {
        this(layerNames, variantLabels, caption, List.of());
    }

    public static RunLayout single(String[] layerNames) {
        return new RunLayout(layerNames, List.of(), "");
    }

    /** The layers of run {@code run} (variant A is 0): its own when the variants differ in depth. */
    public String[] layerNames(int run) {
        return run < variantLayers.size() ? variantLayers.get(run).clone() : layerNames.clone();
    }

    /** Which layers of run {@code run} are frozen, one flag per {@link #layerNames(int)} entry. */
    public boolean[] frozen(int run) {
        boolean[] out = new boolean[layerNames(run).length];
        if (run < frozen.size()) {
            boolean[] f = frozen.get(run);
            System.arraycopy(f, 0, out, 0, Math.min(f.length, out.length));
        }
        return out;
    }

    /** The most layers any run has: the tallest gradient chart's. */
    public int mostLayers() {
        return deepestLayerNames().length;
    }

    /** The layer names of the run with the most layers (the design's when none has more). */
    public String[] deepestLayerNames() {
        String[] deepest = layerNames;
        for (String[] names : variantLayers) {
            if (names.length > deepest.length) {
                deepest = names;
            }
        }
        return deepest.clone();
    }

    public boolean compare() {
        return !variantLabels.isEmpty();
    }

    /** Curves and panels drawn: one per variant, or one for a single run. */
    public int runs() {
        return Math.max(1, variantLabels.size());
    }
}
