package dev.deepforward.ui.compare;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.Variant;
import dev.deepforward.ui.model.Headlines;
import dev.deepforward.ui.model.NetworkEdits;
import dev.deepforward.ui.model.Numbers;
import dev.deepforward.ui.model.SpecChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One variant of a side-by-side run as the user chose it: a name and, for each headline toggle and the
 * learning rate, a value or {@code null} for "as designed". It becomes an engine {@link Variant} of the
 * designed (base) spec, so the designer keeps showing the base and the variants follow its edits.
 *
 * @param name         unique within the comparison, shown after the variant's letter ("A: sigmoid")
 * @param xavier       Init: true Xavier, false plain random N(0, σ), null as designed
 * @param sigmoid      Activation: true sigmoid, false ReLU (dense layers; maxout keeps its own), null as designed
 * @param batchNorm    Batch norm on/off, null as designed
 * @param dropout      Dropout on/off (on gives layers without a rate {@link Headlines#DEFAULT_DROPOUT}), null as designed
 * @param learningRate the learning rate, null as designed
 */
public record VariantChoice(String name, Boolean xavier, Boolean sigmoid, Boolean batchNorm, Boolean dropout,
                            Double learningRate) {

    public static VariantChoice named(String name) {
        return new VariantChoice(name, null, null, null, null, null);
    }

    /** The "on" (true) or "off" side of a headline toggle, named after it. */
    public static VariantChoice of(HeadlineToggle t, boolean value) {
        VariantChoice c = named(t.valueName(value));
        return c.with(t, value);
    }

    public VariantChoice with(HeadlineToggle t, Boolean value) {
        return switch (t) {
            case INIT -> new VariantChoice(name, value, sigmoid, batchNorm, dropout, learningRate);
            case ACTIVATION -> new VariantChoice(name, xavier, value, batchNorm, dropout, learningRate);
            case BATCH_NORM -> new VariantChoice(name, xavier, sigmoid, value, dropout, learningRate);
            case DROPOUT -> new VariantChoice(name, xavier, sigmoid, batchNorm, value, learningRate);
        };
    }

    public Boolean get(HeadlineToggle t) {
        return switch (t) {
            case INIT -> xavier;
            case ACTIVATION -> sigmoid;
            case BATCH_NORM -> batchNorm;
            case DROPOUT -> dropout;
        };
    }

    public VariantChoice withLearningRate(Double eta) {
        return new VariantChoice(name, xavier, sigmoid, batchNorm, dropout, eta);
    }

    public VariantChoice withName(String n) {
        return new VariantChoice(n, xavier, sigmoid, batchNorm, dropout, learningRate);
    }

    /** Whether this variant fixes the learning rate itself (then a live η edit of the base must not touch it). */
    public boolean setsLearningRate() {
        return learningRate != null;
    }

    /** What this variant sets, in words: "sigmoid, η 0.5"; "as designed" when nothing. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (HeadlineToggle t : HeadlineToggle.values()) {
            Boolean v = get(t);
            if (v != null) {
                parts.add(t.valueName(v));
            }
        }
        if (learningRate != null) {
            parts.add("η " + Numbers.compact(learningRate));
        }
        return parts.isEmpty() ? "as designed" : String.join(", ", parts);
    }

    /**
     * The engine variant of {@code base}. Each toggle is written as one field path over every hidden layer
     * ({@code network.hidden[*].activation}) when that says exactly what the toolbar's toggle would do to
     * this network; when it would not (maxout layers keep their activation, a layer's own dropout rate or
     * init scale stays), the variant names the whole list of hidden layers instead, so it is always exact.
     */
    public Variant toVariant(RunSpec base) {
        Map<String, Object> paths = new LinkedHashMap<>();
        RunSpec expected = base;
        if (xavier != null) {
            expected = apply(expected, NetworkEdits.setAllInits(xavier ? Headlines.XAVIER : Headlines.RANDOM));
            paths.put("network.hidden[*].init", SpecTree.toTree(xavier ? Headlines.XAVIER : Headlines.RANDOM));
        }
        if (sigmoid != null) {
            Activation a = sigmoid ? Activation.SIGMOID : Activation.RELU;
            expected = apply(expected, NetworkEdits.setAllActivations(a));
            paths.put("network.hidden[*].activation", SpecTree.toTree(a));
        }
        if (batchNorm != null) {
            expected = apply(expected, NetworkEdits.setAllBatchNorm(batchNorm));
            paths.put("network.hidden[*].batchNorm", batchNorm);
        }
        if (dropout != null) {
            expected = apply(expected, NetworkEdits.setAllDropout(dropout, Headlines.DEFAULT_DROPOUT));
            paths.put("network.hidden[*].dropout", dropout ? Headlines.DEFAULT_DROPOUT : 0.0);
        }
        Map<String, Object> training = new LinkedHashMap<>();
        if (learningRate != null) {
            training.put("training.learningRate", learningRate);
        }
        Variant wildcard = variant(paths, training);
        if (fits(wildcard, base, expected)) {
            return wildcard;
        }
        Map<String, Object> whole = new LinkedHashMap<>();
        if (!paths.isEmpty()) {
            whole.put("network.hidden", SpecTree.toTree(expected.network().hidden()));
        }
        return variant(whole, training);
    }

    private Variant variant(Map<String, Object> network, Map<String, Object> training) {
        Map<String, Object> set = new LinkedHashMap<>(network);
        set.putAll(training);
        return new Variant(name, describe(), set);
    }

    private static RunSpec apply(RunSpec spec, SpecChange change) {
        return change.change().apply(spec);
    }

    private static boolean fits(Variant v, RunSpec base, RunSpec expected) {
        try {
            return v.applyTo(base).network().equals(expected.network());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
