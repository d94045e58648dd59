package dev.deepforward.spec;

/** The kinds of hidden layer the designer offers. */
public enum LayerKind implements Choice {
    DENSE("Dense", "Every unit takes a weighted sum of all inputs plus a bias and passes it through the activation."),
    MAXOUT("Maxout", "Every unit computes k linear pieces and outputs the largest, so it learns its own piecewise-linear activation.");

    private final String displayName;
    private final String explanation;

    LayerKind(String displayName, String explanation) {
        this.displayName = displayName;
        this.explanation = explanation;
    }

    @Override public String displayName() { return displayName; }
    @Override public String explanation() { return explanation; }
}
