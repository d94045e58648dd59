package dev.deepforward.engine.run;

/**
 * A measurement hook that sees a run's network between updates, for the quantities the published events do
 * not carry (lesson claims measure activations on a fixed probe batch, weights at the start of an iteration,
 * the update actually applied). Install it with {@link Comparison#setParameterProbe} before the run starts.
 *
 * <p>It is called synchronously on the training thread, so it sees parameters that cannot change under it,
 * and training waits for it: keep it to a few passes over the probe batch. It must not change the network.
 */
@FunctionalInterface
public interface ParameterProbe {

    /**
     * Called once before the first update ({@code updatesDone} 0: the untrained network) and then right after
     * every update t ({@code updatesDone} t), before that iteration's epoch evaluation, early stopping or
     * divergence handling; so the network seen after update t is the one update t + 1 starts from, if there
     * is one.
     */
    void at(ProbePoint point);
}
