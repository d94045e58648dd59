package dev.deepforward.spec;

/**
 * Gradient clipping.
 *
 * @param mode      none, by value, by each layer's L2 norm, or by the global L2 norm
 * @param threshold the largest allowed component (by value) or norm
 */
public record ClippingSpec(ClippingMode mode, double threshold) implements Validated {

    /** The threshold lies above 0 and at most this. */
    public static final double MAX_THRESHOLD = 1e6;

    public static ClippingSpec defaults() {
        return new ClippingSpec(ClippingMode.NONE, 1.0);
    }

    public static ClippingSpec of(ClippingMode mode, double threshold) {
        return new ClippingSpec(mode, threshold);
    }

    @Override
    public void validate(String path, Problems problems) {
        if (mode == null) {
            problems.add(Problems.at(path, "mode"), "must be set");
        }
        if (!(threshold > 0 && threshold <= MAX_THRESHOLD)) {
            problems.add(Problems.at(path, "threshold"), "must be above 0 and at most " + Problems.fmt(MAX_THRESHOLD) + " (is " + Problems.fmt(threshold) + ")");
        }
    }
}
