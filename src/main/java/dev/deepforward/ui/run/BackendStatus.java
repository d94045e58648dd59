package dev.deepforward.ui.run;

/** The training backend's readiness, shown in the status bar. ND4J loads natives for a few seconds. */
public enum BackendStatus {
    NOT_CONNECTED("ND4J: not connected"), STARTING("ND4J: starting…"), READY("ND4J: ready"), FAILED("ND4J: failed");

    private final String label;

    BackendStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
