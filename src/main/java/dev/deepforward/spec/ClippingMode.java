package dev.deepforward.spec;

/** Whether and how gradients are clipped before the update (the cure for exploding gradients). */
public enum ClippingMode implements Choice {
    NONE("None", "Gradients are used as computed."),
    VALUE("By value", "Every gradient component is clamped to [-threshold, threshold]; this can change the gradient's direction."),
    LAYER_NORM("By layer norm", "A layer's gradient is rescaled to length threshold when its L2 norm exceeds it; the direction is kept."),
    GLOBAL_NORM("By global norm", "All gradients together are rescaled when their joint L2 norm exceeds the threshold; the direction is kept.");

    private final String displayName;
    private final String explanation;

    ClippingMode(String displayName, String explanation) {
        this.displayName = displayName;
        this.explanation = explanation;
    }

    @Override public String displayName() { return displayName; }
    @Override public String explanation() { return explanation; }
}
