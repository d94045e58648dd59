package dev.deepforward.ui.compare;

/**
 * The four switches the course keeps flipping, as comparisons: each splits a run into "on" (variant A)
 * and "off" (variant B), with the same meaning as the toolbar's headline toggles.
 */
public enum HeadlineToggle {
    INIT("Init", "Xavier", "random"),
    ACTIVATION("Activation", "sigmoid", "ReLU"),
    BATCH_NORM("Batch norm", "BN on", "BN off"),
    DROPOUT("Dropout", "dropout on", "dropout off");

    private final String title;
    private final String on;
    private final String off;

    HeadlineToggle(String title, String on, String off) {
        this.title = title;
        this.on = on;
        this.off = off;
    }

    public String title() { return title; }

    /** The name of the "on" side: Xavier, sigmoid, BN on, dropout on. */
    public String onName() { return on; }

    /** The name of the "off" side: random, ReLU, BN off, dropout off. */
    public String offName() { return off; }

    public String valueName(boolean value) {
        return value ? on : off;
    }

    /** "Activation: sigmoid vs ReLU". */
    public String menuText() {
        return title + ": " + on + " vs " + off;
    }

    /** Reads "init", "activation", "bn"/"batchnorm"/"batch_norm", "dropout" (any case); null otherwise. */
    public static HeadlineToggle parse(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.trim().toLowerCase().replace("-", "_").replace(" ", "_")) {
            case "init" -> INIT;
            case "activation", "act" -> ACTIVATION;
            case "bn", "batchnorm", "batch_norm" -> BATCH_NORM;
            case "dropout" -> DROPOUT;
            default -> null;
        };
    }
}
