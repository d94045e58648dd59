package dev.deepforward.engine.nas;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.deepforward.engine.run.RunSetupException;
import dev.deepforward.engine.run.RunState;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.engine.run.Search;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.ArchitectureSearchSpec;
import dev.deepforward.spec.LayerKind;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.SearchDimension;
import dev.deepforward.spec.SearchSpace;

/**
 * DARTS against random search on the same budget. The architecture search runs first; its cost in training
 * iterations (weight steps + α steps + the retraining) sets the random search's budget: as many runs of the
 * base spec's length R as fit, B = max(1, round(cost / R)), each drawing one candidate per dense hidden
 * layer (paths {@code network.hidden[i].activation}), through the existing {@link Search}, which trains each
 * configuration as an ordinary run from the base seed. The random search's pick is its best validation
 * accuracy (lowest validation loss for regression); both report the picked network's test result, which
 * neither method saw while choosing.
 */
public final class SearchComparison {

    /**
     * One method's outcome.
     *
     * @param method             "darts" or "random"
     * @param activations        the architecture it picked, per hidden layer
     * @param iterations         training iterations it spent in all
     * @param seconds            wall time it took
     * @param runs               networks trained to the end (DARTS: 1 retraining; random: B)
     * @param validationAccuracy the picked network's (NaN for regression)
     * @param testAccuracy       the picked network's (NaN for regression)
     * @param validationLoss     the picked network's
     * @param testLoss           the picked network's
     */
    public record Outcome(String method, List<Activation> activations, long iterations, double seconds, int runs,
                          double validationAccuracy, double testAccuracy, double validationLoss, double testLoss) {

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%-6s %s iterations=%d seconds=%.2f runs=%d val_acc=%.4f test_acc=%.4f val_loss=%.4f test_loss=%.4f",
                    method, activations.stream().map(Activation::id).toList(), iterations, seconds, runs,
                    validationAccuracy, testAccuracy, validationLoss, testLoss);
        }
    }

    /** Both outcomes, with the DARTS result (trajectory included) and every random-search result. */
    public record Result(Outcome darts, Outcome random, ArchitectureSearchResult dartsResult,
                         List<Search.Result> randomResults) {
    }

    private SearchComparison() {
    }

    /**
     * Runs DARTS, then random search on its budget, one after the other (blocking; each on its own
     * background thread, as the UI would run them).
     *
     * @param randomSeed the seed of the random search's draws (its runs train with the base spec's seed)
     * @param timeout    for each of the two
     */
    public static Result run(RunSpec base, ArchitectureSearchSpec search, long randomSeed, long timeout,
                             TimeUnit unit) throws RunSetupException, InterruptedException {
        ArchitectureSearchSpec withRetrain = search.withRetrain(true);
        ArchitectureSearchResult darts;
        try (ArchitectureSearch s = new ArchitectureSearch(base, withRetrain, e -> { })) {
            s.start();
            if (!s.await(timeout, unit)) {
                throw new IllegalStateException("the architecture search did not end within the timeout");
            }
            darts = s.result();
        }
        if (darts.state() != RunState.FINISHED || darts.retrain() == null) {
            throw new IllegalStateException("the architecture search did not finish: " + darts.message());
        }
        RunSummary picked = darts.retrain();
        Outcome dartsOutcome = new Outcome("darts", darts.activations(), darts.totalIterations(), darts.totalSeconds(),
                1, picked.validationAccuracy(), picked.testAccuracy(), picked.validationLoss(), picked.testLoss());

        long perRun = Math.max(1, darts.runIterations());
        int budget = (int) Math.max(1, Math.min(SearchSpace.MAX_BUDGET, Math.round((double) darts.totalIterations() / perRun)));
        List<String> ids = withRetrain.candidates().stream().map(Activation::id).toList();
        List<SearchDimension> dims = new ArrayList<>();
        for (int i = 0; i < base.network().hidden().size(); i++) {
            if (base.network().hidden().get(i).kind() == LayerKind.DENSE) {
                dims.add(new SearchDimension("network.hidden[" + i + "].activation", new ArrayList<Object>(ids), 0, 0,
                        false, false, ids.size()));
            }
        }
        SearchSpace space = new SearchSpace(dims, true, budget, randomSeed);
        long start = System.nanoTime();
        List<Search.Result> results;
        // shape α back to the defaults (as the mixture used them): a layer's own α would make a drawn
        // activation without one (relu) an invalid spec
        RunSpec randomBase = ArchitectureSearch.derive(base, base.network().hidden().stream()
                .map(l -> l.activation()).toList());
        try (Search random = new Search(randomBase, space, r -> { })) {
            random.start();
            if (!random.await(timeout, unit)) {
                throw new IllegalStateException("the random search did not end within the timeout");
            }
            results = random.results();
        }
        double randomSeconds = (System.nanoTime() - start) / 1e9;
        boolean classes = results.stream().anyMatch(r -> r.summary() != null
                && !Double.isNaN(r.summary().validationAccuracy()));
        Search.Result best = null;
        long spent = 0;
        for (Search.Result r : results) {
            if (r.summary() == null) {
                continue;
            }
            spent += r.summary().iterations();
            if (r.summary().state() != RunState.FINISHED) {
                continue;
            }
            if (best == null || better(r.summary(), best.summary(), classes)) {
                best = r;
            }
        }
        Outcome randomOutcome = best == null
                ? new Outcome("random", List.of(), spent, randomSeconds, results.size(), Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN)
                : new Outcome("random", activationsOf(best.spec()), spent, randomSeconds, results.size(),
                        best.summary().validationAccuracy(), best.summary().testAccuracy(),
                        best.summary().validationLoss(), best.summary().testLoss());
        return new Result(dartsOutcome, randomOutcome, darts, results);
    }

    private static boolean better(RunSummary a, RunSummary b, boolean classes) {
        if (classes && a.validationAccuracy() != b.validationAccuracy()) {
            return a.validationAccuracy() > b.validationAccuracy();
        }
        return a.validationLoss() < b.validationLoss();
    }

    private static List<Activation> activationsOf(RunSpec spec) {
        return spec.network().hidden().stream().map(l -> l.activation()).toList();
    }

}
