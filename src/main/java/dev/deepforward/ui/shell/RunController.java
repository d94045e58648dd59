package dev.deepforward.ui.shell;

/**
 * What the toolbar asks of training. The engine's implementation will start a {@code TrainingRun} on its
 * own thread and publish snapshots; until then {@link DemoRunController} stands in. All methods are
 * called on the FX thread and must return at once.
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
