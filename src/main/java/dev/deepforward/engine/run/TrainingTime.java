package dev.deepforward.engine.run;

/**
 * One variant's computing time and speed, tallied from its events as the window's line under the charts
 * reads them ("12 s computing · 1,940 examples/s · 3.1 s/epoch"): its own training time (pauses, the other
 * variants' turns and any speed limit left out); examples per second of the training steps alone (the
 * per-epoch evaluations are in the time, not in the speed); the time per epoch, evaluation included.
 */
public final class TrainingTime {

    private double seconds;
    private double stepSeconds;
    private double stepEvaluation;
    private double evaluation;
    private long examples;
    private int epochs;
    private double epochSeconds;

    /** A step's event: the training time and the examples seen up to it. */
    public void step(IterationMetrics m) {
        step(m.trainingSeconds(), m.examplesSeen());
    }

    /** A step: the training time and the examples seen up to it. */
    public void step(double trainingSeconds, long examplesSeen) {
        seconds = Math.max(seconds, trainingSeconds);
        stepSeconds = trainingSeconds;
        stepEvaluation = evaluation;
        examples = examplesSeen;
    }

    /** An epoch's end: the training time up to it, its evaluation included. */
    public void epochEnded(EpochMetrics m) {
        epochEnded(m.epoch(), m.trainingSeconds(), m.evaluationSeconds());
    }

    /**
     * Epoch {@code done} (1-based) ended after {@code trainingSeconds}, of which {@code evaluatingSeconds}
     * went to the per-epoch evaluations so far.
     */
    public void epochEnded(int done, double trainingSeconds, double evaluatingSeconds) {
        epochs = done;
        evaluation = evaluatingSeconds;
        epochSeconds = trainingSeconds;
        seconds = Math.max(seconds, trainingSeconds);
    }

    /** The training examples the steps so far went through. */
    public long examples() {
        return examples;
    }

    /** The training time so far in seconds (0 before the first step). */
    public double seconds() {
        return seconds;
    }

    /** Examples per second of the training steps, evaluations left out; NaN before the first timed step. */
    public double examplesPerSecond() {
        double steps = stepSeconds - stepEvaluation;
        return examples > 0 && steps > 0 ? examples / steps : Double.NaN;
    }

    /** The mean time of an ended epoch, its evaluation included; NaN before one has ended. */
    public double secondsPerEpoch() {
        return epochs > 0 && epochSeconds > 0 ? epochSeconds / epochs : Double.NaN;
    }
}
