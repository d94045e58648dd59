package dev.deepforward.lesson;

import dev.deepforward.spec.Problems;

/**
 * A number (or state) measured on one run: {@code {"variant": "sigmoid", "metric": "gradient_norm",
 * "layer": 1, "at": 300}}.
 *
 * @param variant which of the step's variants; required when the step has variants, left out otherwise
 * @param metric  what is measured (see {@link Metric} for the exact definitions)
 * @param layer   for per-layer metrics: a hidden-layer number from 1, "last" (the output layer) or "each";
 *                kept as written, read through {@link #layerRef()}
 * @param at      which value of the series (see {@link Moment}); left out means "final"; not for run-level
 *                metrics; kept as written, read through {@link #moment()}
 */
public record Quantity(String variant, Metric metric, Object layer, Object at) {

    public static Quantity defaults() {
        return new Quantity(null, null, null, null);
    }

    public static Quantity of(String variant, Metric metric) {
        return new Quantity(variant, metric, null, null);
    }

    public Quantity atLayer(LayerRef ref) {
        return new Quantity(variant, metric, ref.toTree(), at);
    }

    public Quantity at(Moment moment) {
        return new Quantity(variant, metric, layer, moment.toTree());
    }

    /** The layer, or {@code null} for a metric that is not per layer. */
    public LayerRef layerRef() {
        return layer == null ? null : strict(LayerRef.parse(layer, "layer", new Problems()), "layer");
    }

    /** The moment, final when left out. */
    public Moment moment() {
        return strict(Moment.parse(at, "at", new Problems()), "at");
    }

    private <T> T strict(T value, String field) {
        if (value == null) {
            throw new IllegalStateException("invalid '" + field + "' in " + this + "; validate the lesson first");
        }
        return value;
    }
}
