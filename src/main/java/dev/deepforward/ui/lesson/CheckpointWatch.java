package dev.deepforward.ui.lesson;

import dev.deepforward.engine.run.EpochMetrics;
import dev.deepforward.engine.run.IterationMetrics;
import dev.deepforward.engine.run.RunEvent;
import dev.deepforward.lesson.Checkpoint;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides from the run's events whether one checkpoint is reached. It keeps a little state per variant
 * (lowest validation loss, evaluations since) because "stopped falling" and "every run" are per-run
 * questions; {@link #clear()} forgets it when the curves start over.
 *
 * <p>A checkpoint naming a variant looks at that run only; one naming none needs every run of the step
 * (the lesson format's rule), and counts iterations and epochs of the furthest run, since variants train
 * in lockstep.
 */
final class CheckpointWatch {

    private final Checkpoint checkpoint;
    /** The variant names the step trains ("" for a single run); all must meet a checkpoint without variant. */
    private final Collection<String> runs;
    private final Map<String, Double> bestLoss = new HashMap<>();
    private final Map<String, Integer> sinceBest = new HashMap<>();
    private final Map<String, Boolean> met = new HashMap<>();
    private long iterations;
    private int epochs;

    CheckpointWatch(Checkpoint checkpoint, Collection<String> runs) {
        this.checkpoint = checkpoint;
        this.runs = runs;
    }

    void clear() {
        bestLoss.clear();
        sinceBest.clear();
        met.clear();
        iterations = 0;
        epochs = 0;
    }

    /** Takes one event; answers whether the checkpoint is now reached. */
    boolean event(RunEvent e) {
        String run = e.variant() == null ? "" : e.variant();
        if (checkpoint.variant() != null && !checkpoint.variant().equals(run)) {
            return false;
        }
        switch (checkpoint.kind()) {
            case ITERATIONS -> {
                if (e instanceof IterationMetrics m) {
                    iterations = Math.max(iterations, m.iteration());
                }
                return checkpoint.value() != null && iterations >= checkpoint.value();
            }
            case EPOCHS -> {
                if (e instanceof EpochMetrics m) {
                    epochs = Math.max(epochs, m.epoch());
                }
                return checkpoint.value() != null && epochs >= checkpoint.value();
            }
            case VALIDATION_LOSS_STOPS_FALLING -> {
                if (e instanceof EpochMetrics m && Double.isFinite(m.validationLoss())) {
                    Double best = bestLoss.get(run);
                    if (best == null || m.validationLoss() < best) {
                        bestLoss.put(run, m.validationLoss());
                        sinceBest.put(run, 0);
                    } else {
                        sinceBest.merge(run, 1, Integer::sum);
                    }
                    if (sinceBest.get(run) >= checkpoint.effectivePatience()) {
                        met.put(run, true);
                    }
                }
                return reached();
            }
            case ACCURACY_ABOVE -> {
                if (e instanceof EpochMetrics m && checkpoint.threshold() != null
                        && m.validationAccuracy() > checkpoint.threshold()) {
                    met.put(run, true);
                }
                return reached();
            }
        }
        return false;
    }

    private boolean reached() {
        if (checkpoint.variant() != null) {
            return met.containsKey(checkpoint.variant());
        }
        return !met.isEmpty() && met.keySet().containsAll(runs.isEmpty() ? met.keySet() : runs);
    }
}
