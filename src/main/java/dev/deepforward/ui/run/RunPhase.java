package dev.deepforward.ui.run;

import dev.deepforward.engine.run.RunState;

/** What the toolbar and status bar show of a run; the engine's states map onto these. */
public enum RunPhase {
    PREPARING("Preparing data…"), IDLE("Ready"), RUNNING("Training"), PAUSED("Paused"), FINISHED("Finished"),
    STOPPED("Stopped"), DIVERGED("Diverged"), FAILED("Failed");

    private final String label;

    RunPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the run has ended and must be reset before it trains again. */
    public boolean isTerminal() {
        return this == FINISHED || this == STOPPED || this == DIVERGED || this == FAILED;
    }

    public static RunPhase of(RunState state) {
        return switch (state) {
            case IDLE -> IDLE;
            case RUNNING -> RUNNING;
            case PAUSED -> PAUSED;
            case FINISHED -> FINISHED;
            case STOPPED -> STOPPED;
            case DIVERGED -> DIVERGED;
            case FAILED -> FAILED;
        };
    }
}
