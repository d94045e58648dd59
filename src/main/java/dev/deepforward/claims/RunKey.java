package dev.deepforward.claims;

import dev.deepforward.lesson.Claim;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;

/**
 * One training of a step's runs: how long (the claim's iterations or epochs, or the spec's own length) and
 * which seed (the spec's seed plus {@code seedOffset}). Claims of a step with equal keys share the training.
 *
 * @param iterations the claim's iteration count, or null
 * @param epochs     the claim's epoch count, or null
 * @param seedOffset 0 for the spec's seed, k for its k-th successor
 */
record RunKey(Integer iterations, Integer epochs, int seedOffset) {

    static RunKey of(Claim claim, int seedOffset) {
        return new RunKey(claim.iterations(), claim.epochs(), seedOffset);
    }

    /** {@code spec} trained for this key's length and seed. */
    RunSpec apply(RunSpec spec) {
        RunSpec s = spec.withSeed(spec.seed() + seedOffset);
        if (iterations != null) {
            return s.withTraining(s.training().withIterations(iterations));
        }
        if (epochs != null) {
            return s.withTraining(s.training().withEpochs(epochs));
        }
        return s;
    }

    /**
     * {@code variant} with this key's length and seed added to its changes, so they win over anything the
     * variant sets itself; {@code own} is the variant's spec as the lesson defines it (whose seed is offset).
     */
    Variant apply(Variant variant, RunSpec own) {
        Variant v = seedOffset == 0 ? variant : variant.and("seed", own.seed() + seedOffset);
        if (iterations != null) {
            return v.and("training.iterations", iterations.longValue());
        }
        if (epochs != null) {
            return v.and("training.epochs", epochs.longValue()).and("training.iterations", 0L);
        }
        return v;
    }

    /** "300 iterations, seed 8", for progress lines. */
    String describe(RunSpec spec) {
        String length = iterations != null ? iterations + " iterations"
                : epochs != null ? epochs + (epochs == 1 ? " epoch" : " epochs")
                : spec.training().iterations() > 0 ? spec.training().iterations() + " iterations"
                : spec.training().epochs() + " epochs";
        return length + ", seed " + (spec.seed() + seedOffset);
    }
}
