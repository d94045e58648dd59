package dev.deepforward.ui.shell;

/** What the toolbar and status bar show of a run; the engine's states map onto these. */
public enum RunPhase {
    IDLE("Ready"), RUNNING("Training"), PAUSED("Paused"), FINISHED("Finished"), DIVERGED("Diverged"), FAILED("Failed");

    private final String label;

    RunPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
