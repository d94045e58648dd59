package dev.deepforward.ui.run;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The observable state of the current run, written by a {@link RunController} on the FX thread. */
public final class RunStatus {

    private final ObjectProperty<RunPhase> phase = new SimpleObjectProperty<>(this, "phase", RunPhase.IDLE);
    private final LongProperty iteration = new SimpleLongProperty(this, "iteration");
    private final IntegerProperty epoch = new SimpleIntegerProperty(this, "epoch");
    private final DoubleProperty stepsPerSecond = new SimpleDoubleProperty(this, "stepsPerSecond");
    private final ObjectProperty<BackendStatus> backend = new SimpleObjectProperty<>(this, "backend", BackendStatus.NOT_CONNECTED);
    private final ObjectProperty<RunAlert> alert = new SimpleObjectProperty<>(this, "alert");
    private final StringProperty variants = new SimpleStringProperty(this, "variants", "");
    private final StringProperty variantsShort = new SimpleStringProperty(this, "variantsShort", "");
    private final StringProperty pretraining = new SimpleStringProperty(this, "pretraining", "");
    private final StringProperty progressOf = new SimpleStringProperty(this, "progressOf", "");
    private final DoubleProperty trainingSeconds = new SimpleDoubleProperty(this, "trainingSeconds");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    /** When the run last started training (System.nanoTime), and the time it trained before that. */
    private long runningSince = -1;
    private long trainedNanos;

    public RunStatus() {
        // The clock of the run's training time: it runs while the phase is RUNNING, so a pause is not counted.
        phase.addListener((o, was, now) -> {
            long t = System.nanoTime();
            if (was == RunPhase.RUNNING && runningSince >= 0) {
                trainedNanos += t - runningSince;
                runningSince = -1;
            }
            if (now == RunPhase.RUNNING) {
                runningSince = t;
            }
            trainingSeconds.set(trainedNanos / 1e9);
        });
    }

    /** A new run (a reset, a new design): its training time starts from 0. */
    public void restartClock() {
        trainedNanos = 0;
        runningSince = phase.get() == RunPhase.RUNNING ? System.nanoTime() : -1;
        trainingSeconds.set(0);
    }

    public ObjectProperty<RunPhase> phaseProperty() { return phase; }
    public LongProperty iterationProperty() { return iteration; }
    /** The epoch in progress, 1-based (0 before the first step). */
    public IntegerProperty epochProperty() { return epoch; }
    public DoubleProperty stepsPerSecondProperty() { return stepsPerSecond; }
    /**
     * Whose iteration and epoch the status shows when comparing: the letter of the variant the run waits for
     * (still training, in the earliest epoch; once all ended, the longest), so they never mix variants; "" for one run.
     */
    public StringProperty progressOfProperty() { return progressOf; }
    /** How long the run has trained, pauses left out; brought up to date whenever it stops or pauses. */
    public DoubleProperty trainingSecondsProperty() { return trainingSeconds; }
    public ObjectProperty<BackendStatus> backendProperty() { return backend; }
    /** What went wrong with the run, or null. */
    public ObjectProperty<RunAlert> alertProperty() { return alert; }
    /** Each variant of a comparison with its speed or state ("A: sigmoid 12,400 steps/s · B: ReLU ⚠ diverged"); empty for one run. */
    public StringProperty variantsProperty() { return variants; }
    /** The same with each variant by its letter alone ("A 12,400 steps/s · B ⚠ diverged"), for a narrow bar. */
    public StringProperty variantsShortProperty() { return variantsShort; }
    /** "Pretraining the source network… n/N" while a lesson step's transfer source trains; empty otherwise. */
    public StringProperty pretrainingProperty() { return pretraining; }
    /** The last short message about a command (Play on an ended run), for the status bar; set again each time. */
    public StringProperty noticeProperty() { return notice; }

    /** Tells the status bar {@code message}, even when it is the one it told last. */
    public void notice(String message) {
        notice.set("");
        notice.set(message);
    }
}
