package dev.deepforward.engine.nas;

import java.util.List;

import dev.deepforward.engine.run.RunState;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.RunSpec;

/**
 * How an architecture search ended, and what it cost.
 *
 * @param state            {@code FINISHED}; {@code STOPPED} when cancelled; {@code DIVERGED} when the
 *                         search's training loss stopped being finite; {@code FAILED} with a message
 * @param message          a sentence about the outcome (the failure's reason)
 * @param activations      the derived activation per hidden layer (empty when the search did not finish)
 * @param derivedSpec      the spec of the derived network (null when the search did not finish)
 * @param searchIterations weight steps taken by the search
 * @param alphaSteps       α steps taken (one per search iteration); each costs a forward and a backward
 *                         pass like a weight step, so the comparison with other searches counts them too
 * @param searchSeconds    wall time of the search phase (data preparation included)
 * @param retrain          the retrained derived network's summary (null when not retrained)
 * @param retrainSeconds   wall time of the retraining
 * @param runIterations    the base spec's own training length (what one retraining, or one run of a
 *                         random search, costs)
 * @param trajectory       every published {@link MixtureSnapshot}, first (iteration 0) to last
 */
public record ArchitectureSearchResult(RunState state, String message, List<Activation> activations,
                                       RunSpec derivedSpec, long searchIterations, long alphaSteps,
                                       double searchSeconds, RunSummary retrain, double retrainSeconds,
                                       long runIterations, List<MixtureSnapshot> trajectory)
        implements ArchitectureEvent {

    /** Training-iteration cost of the whole method: weight steps + α steps + the retraining's steps. */
    public long totalIterations() {
        return searchIterations + alphaSteps + (retrain == null ? 0 : retrain.iterations());
    }

    public double totalSeconds() {
        return searchSeconds + retrainSeconds;
    }
}
