package dev.deepforward.ui.run;

import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.TrainingSpec;

/**
 * Decides what an edit of the design means for the run. The learning rate and the L1/L2 penalties are
 * plain numbers the engine reads between iterations, so changing them mid-run is itself an experiment
 * worth watching (turn η down when the loss oscillates). Anything else (layers, data, loss, optimizer,
 * batch size, schedule…) changes what is being trained, so the run starts over with the same seed.
 */
final class SpecChanges {

    enum Kind { NONE, LIVE, RESET }

    private SpecChanges() {
    }

    static Kind between(RunSpec before, RunSpec after) {
        if (before.equals(after)) {
            return Kind.NONE;
        }
        return withoutLiveFields(before).equals(withoutLiveFields(after)) ? Kind.LIVE : Kind.RESET;
    }

    /** The spec with everything the engine changes live set to a fixed value (the name is only a label). */
    private static RunSpec withoutLiveFields(RunSpec spec) {
        TrainingSpec t = spec.training();
        return spec.withName("").withTraining(t.withLearningRate(1).withRegularization(0, 0));
    }

    static boolean sameLearningRate(RunSpec a, RunSpec b) {
        return a.training().learningRate() == b.training().learningRate();
    }

    static boolean sameRegularization(RunSpec a, RunSpec b) {
        return a.training().l1() == b.training().l1() && a.training().l2() == b.training().l2();
    }
}
