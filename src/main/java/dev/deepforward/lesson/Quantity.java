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
 * @param minus   an expression: this quantity's value minus that one's (a difference, e.g. a train − validation gap)
 * @param over    an expression: divided by that quantity's value (a ratio), after {@code minus}
 * @param firstAbove instead of a value of the series: the first iteration whose recorded value is above this
 *                (undefined when none is)
 * @param firstBelow the same for the first value below
 */
public record Quantity(String variant, Metric metric, Object layer, Object at, Quantity minus, Quantity over,
                       Double firstAbove, Double firstBelow) {

    public static Quantity defaults() {
        return new Quantity(null, null, null, null, null, null, null, null);
    }

    public static Quantity of(String variant, Metric metric) {
        return new Quantity(variant, metric, null, null, null, null, null, null);
    }

    public Quantity atLayer(LayerRef ref) {
        return new Quantity(variant, metric, ref.toTree(), at, minus, over, firstAbove, firstBelow);
    }

    public Quantity at(Moment moment) {
        return new Quantity(variant, metric, layer, moment.toTree(), minus, over, firstAbove, firstBelow);
    }

    /** This quantity minus {@code other}. */
    public Quantity minus(Quantity other) {
        return new Quantity(variant, metric, layer, at, other, over, firstAbove, firstBelow);
    }

    /** This quantity (after any {@code minus}) divided by {@code other}. */
    public Quantity over(Quantity other) {
        return new Quantity(variant, metric, layer, at, minus, other, firstAbove, firstBelow);
    }

    /** The first iteration whose value is above ({@code above} true) or below {@code threshold}. */
    public Quantity firstCrossing(boolean above, double threshold) {
        return new Quantity(variant, metric, layer, at, minus, over, above ? threshold : null, above ? null : threshold);
    }

    /** Whether this is an expression (a difference or ratio) rather than one measured value. */
    public boolean isExpression() {
        return minus != null || over != null;
    }

    /** Whether the value is an iteration number (a first crossing) rather than the metric's own value. */
    public boolean isCrossing() {
        return firstAbove != null || firstBelow != null;
    }

    /** This quantity and those of its expression, each as a single measured quantity. */
    public java.util.List<Quantity> parts() {
        java.util.List<Quantity> out = new java.util.ArrayList<>();
        out.add(this);
        if (minus != null) {
            out.addAll(minus.parts());
        }
        if (over != null) {
            out.addAll(over.parts());
        }
        return out;
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
