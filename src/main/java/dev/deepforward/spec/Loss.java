package dev.deepforward.spec;

/** The cost J the network minimizes, averaged over the examples of a minibatch. */
public enum Loss implements Choice {
    SOFTMAX_CROSS_ENTROPY("Softmax cross-entropy", "-log of the probability given to the right class: the gradient stays large while the answer is wrong."),
    BINARY_CROSS_ENTROPY("Binary cross-entropy", "-[y log p + (1-y) log(1-p)] for every output on its own, with sigmoid outputs."),
    MSE("L2 (mean squared error)", "The mean of (prediction - target)²: large errors weigh quadratically; with saturating outputs its gradient can vanish when the answer is wrong."),
    MAE("L1 (mean absolute error)", "The mean of |prediction - target|: robust to outliers, constant gradient magnitude, not differentiable at zero error.");

    private final String displayName;
    private final String explanation;

    Loss(String displayName, String explanation) {
        this.displayName = displayName;
        this.explanation = explanation;
    }

    @Override public String displayName() { return displayName; }
    @Override public String explanation() { return explanation; }
}
