package dev.deepforward.spec;

/** The rule that turns a gradient into a parameter update. */
public enum Optimizer implements Choice {
    SGD("SGD", "Plain (minibatch) gradient descent: θ ← θ - η·g."),
    MOMENTUM("Momentum", "Keeps a velocity v ← μv - η·g and moves by it, smoothing the zig-zag across narrow valleys."),
    NESTEROV("Nesterov momentum", "Momentum that evaluates the gradient after the look-ahead step, correcting the velocity earlier."),
    ADAM("Adam", "Momentum on the gradient and on its square, bias-corrected: a per-parameter step size that works with little tuning."),
    RMSPROP("RMSProp", "Divides the step by a running root-mean-square of recent gradients, so steep and flat directions move alike."),
    ADAGRAD("AdaGrad", "Divides the step by the root of the sum of all past squared gradients: steps shrink for often-updated parameters.");

    private final String displayName;
    private final String explanation;

    Optimizer(String displayName, String explanation) {
        this.displayName = displayName;
        this.explanation = explanation;
    }

    @Override public String displayName() { return displayName; }
    @Override public String explanation() { return explanation; }
}
