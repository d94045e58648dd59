package dev.deepforward.spec;

/** Hidden-layer activation functions g(z), applied element-wise after the (optionally normalized) sum. */
public enum Activation implements Choice {
    SIGMOID("Sigmoid", "1 / (1 + e^-z): squashes to (0, 1) and saturates at both ends, so its gradient (at most 1/4) shrinks layer after layer."),
    TANH("Tanh", "Squashes to (-1, 1) and is zero-centred, but still saturates: far from zero its gradient vanishes."),
    RELU("ReLU", "max(0, z): gradient 1 for positive inputs and 0 otherwise; fast and does not saturate, but a unit can die."),
    LEAKY_RELU("Leaky ReLU", "max(αz, z) with a small fixed slope α, so negative inputs still pass a little gradient."),
    PRELU("PReLU", "Leaky ReLU whose negative slope α is learned by gradient descent along with the weights."),
    ELU("ELU", "z for positive inputs, α(e^z - 1) for negative ones: smooth, mean activations closer to zero."),
    ABS("Absolute value", "|z| (absolute-value rectification): the slope is ±1 everywhere, so the gradient never vanishes."),
    MAXOUT("Maxout", "The maximum of k learned linear pieces; used by maxout layers, which learn their own activation."),
    SELU("SELU", "A scaled ELU whose fixed constants keep activations near zero mean and unit variance through deep stacks."),
    GELU("GELU", "z times the Gaussian cumulative probability of z: a smooth ReLU-like curve used in transformers."),
    SOFTPLUS("Softplus", "log(1 + e^z): a smooth version of ReLU whose gradient is the sigmoid."),
    IDENTITY("Identity", "g(z) = z: no non-linearity, so stacked layers collapse into a single linear map.");

    private final String displayName;
    private final String explanation;

    Activation(String displayName, String explanation) {
        this.displayName = displayName;
        this.explanation = explanation;
    }

    @Override public String displayName() { return displayName; }
    @Override public String explanation() { return explanation; }

    /** Whether the layer's {@code alpha} parameter means anything for this activation. */
    public boolean hasAlpha() {
        return this == LEAKY_RELU || this == PRELU || this == ELU;
    }

    /** The α used when a layer does not set one: leaky slope 0.01, PReLU's initial slope 0.25, ELU's 1. */
    public double defaultAlpha() {
        return switch (this) {
            case LEAKY_RELU -> 0.01;
            case PRELU -> 0.25;
            case ELU -> 1.0;
            default -> 0.0;
        };
    }

    /** Squashing functions whose units saturate (the probes count saturated units for these). */
    public boolean saturates() {
        return this == SIGMOID || this == TANH;
    }

    /** Rectifiers whose units can die: output and gradient exactly zero for every input (probes count those). */
    public boolean canDie() {
        return this == RELU;
    }
}
