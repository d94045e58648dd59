package dev.deepforward.spec;

/**
 * How a layer's weights are drawn before training. Biases start at zero in every scheme; n_in and n_out are
 * the layer's fan-in and fan-out.
 */
public enum WeightInit implements Choice {
    ZEROS("Zeros", "Every weight 0: all units of a layer compute the same thing and get the same gradient, so symmetry is never broken."),
    CONSTANT("Constant", "Every weight the same value c (the scale): symmetric like zeros, so the units never differentiate."),
    UNIFORM("Uniform ±a", "Weights drawn uniformly from [-a, a] (a = the scale), whatever the layer's size: plain random init."),
    NORMAL("Normal σ", "Weights drawn from N(0, σ²) (σ = the scale), whatever the layer's size: plain random init."),
    XAVIER_NORMAL("Xavier normal", "N(0, 2/(n_in + n_out)): keeps the variance of signals and gradients steady for tanh and sigmoid layers."),
    XAVIER_UNIFORM("Xavier uniform", "Uniform in ±√(6/(n_in + n_out)): the same variance as Xavier normal with bounded values."),
    XAVIER_TRUNCATED_NORMAL("Xavier truncated normal", "Xavier's variance from a normal cut at two standard deviations, so no weight starts extreme."),
    HE_NORMAL("He normal", "N(0, 2/n_in): twice Xavier's fan-in variance, making up for ReLU zeroing half of its inputs."),
    HE_UNIFORM("He uniform", "Uniform in ±√(6/n_in): He's variance with bounded values."),
    LECUN_NORMAL("LeCun normal", "N(0, 1/n_in): keeps the forward signal's variance steady; the init SELU networks expect.");

    private final String displayName;
    private final String explanation;

    WeightInit(String displayName, String explanation) {
        this.displayName = displayName;
        this.explanation = explanation;
    }

    @Override public String displayName() { return displayName; }
    @Override public String explanation() { return explanation; }

    /** Whether the scheme reads the layer's {@code initScale} (value c, bound a or deviation σ). */
    public boolean usesScale() {
        return this == CONSTANT || this == UNIFORM || this == NORMAL;
    }

    /** The scale used when a layer does not set one. */
    public double defaultScale() {
        return switch (this) {
            case CONSTANT -> 0.1;
            case UNIFORM -> 0.05;
            case NORMAL -> 0.01;
            default -> 0.0;
        };
    }
}
