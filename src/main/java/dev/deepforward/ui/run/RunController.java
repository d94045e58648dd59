package dev.deepforward.ui.run;

/**
 * What the toolbar asks of training ({@link EngineRunController} drives the real engine). All methods are
 * called on the FX thread and must return at once: training happens on the run's own thread.
 */
public interface RunController {

    void play();

    void pause();

    /** One minibatch step (from idle or paused). */
    void step();

    /** Back to fresh weights: clears the charts. */
    void reset();

    /** Steps per frame the run should aim for, from the speed control. */
    void setSpeed(int stepsPerFrame);

    RunStatus status();

    /** Stops every run; the window is closing. */
    default void close() {
    }

    default void togglePlay() {
        if (status().phaseProperty().get() == RunPhase.RUNNING) {
            pause();
        } else {
            play();
        }
    }
}
