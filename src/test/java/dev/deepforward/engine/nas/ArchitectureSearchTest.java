package dev.deepforward.engine.nas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.deepforward.data.Task;
import dev.deepforward.engine.Network;
import dev.deepforward.engine.Precision;
import dev.deepforward.engine.run.RunSetupException;
import dev.deepforward.engine.run.RunState;
import dev.deepforward.engine.run.RunSummary;
import dev.deepforward.engine.run.TrainingRun;
import dev.deepforward.spec.Activation;
import dev.deepforward.spec.ArchitectureSearchSpec;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.TrainingSpec;
import dev.deepforward.spec.WeightInit;

/**
 * The architecture search on the real engine. The main scenario is the issue's: eight sigmoid layers of
 * 16 with Xavier init on the circle, trained by plain SGD 0.1 — deep enough that the sigmoid's gradient
 * (at most 1/4 per layer) vanishes and the all-sigmoid network stays at chance.
 */
class ArchitectureSearchTest {

    private static final List<Activation> FIVE = ArchitectureSearchSpec.defaults().candidates();

    static RunSpec deepSigmoid(long seed, int iterations) {
        LayerSpec sigmoid = LayerSpec.dense(16, Activation.SIGMOID).withInit(WeightInit.XAVIER_NORMAL, null);
        return RunSpec.defaults().withName("deep sigmoid").withSeed(seed)
                .withData(DataSpec.of("circle").withSamples(600))
                .withNetwork(NetworkSpec.defaults().withHidden(Collections.nCopies(8, sigmoid)))
                .withTraining(TrainingSpec.defaults().withOptimizer(OptimizerSpec.of(Optimizer.SGD))
                        .withLearningRate(0.1).withBatchSize(16).withIterations(iterations));
    }

    private static ArchitectureSearchResult runToEnd(ArchitectureSearch search) throws InterruptedException {
        search.start();
        assertThat(search.await(5, TimeUnit.MINUTES)).as("search ended").isTrue();
        return search.result();
    }

    @Test
    void lowerLayersTurnFromSigmoidToRectifiersAndTheDerivedNetworkBeatsAllSigmoid() throws Exception {
        RunSpec base = deepSigmoid(42, 1500);
        List<ArchitectureEvent> events = new CopyOnWriteArrayList<>();
        ArchitectureSearchResult result;
        try (ArchitectureSearch search = new ArchitectureSearch(base,
                ArchitectureSearchSpec.defaults().withPublishEvery(50), events::add)) {
            result = runToEnd(search);
        }
        assertThat(result.state()).as(result.message()).isEqualTo(RunState.FINISHED);
        assertThat(result.searchIterations()).isEqualTo(1500);
        assertThat(result.alphaSteps()).isEqualTo(1500);

        // events: snapshots (iteration 0 first), then the derived architecture, retraining, the result last
        assertThat(events.get(0)).isInstanceOf(MixtureSnapshot.class);
        assertThat(events.get(events.size() - 1)).isSameAs(result);
        int derivedAt = indexOf(events, DerivedArchitecture.class);
        assertThat(derivedAt).isPositive();
        assertThat(events.subList(0, derivedAt)).allMatch(e -> e instanceof MixtureSnapshot);
        assertThat(events.subList(derivedAt + 1, events.size() - 1)).isNotEmpty()
                .allMatch(e -> e instanceof RetrainProgress);

        List<MixtureSnapshot> trajectory = result.trajectory();
        MixtureSnapshot first = trajectory.get(0);
        MixtureSnapshot last = trajectory.get(trajectory.size() - 1);
        assertThat(first.iteration()).isZero();
        assertThat(last.iteration()).isEqualTo(1500);
        System.out.println("DARTS α trajectory, deep sigmoid on the circle (softmax over " + FIVE + "):");
        for (int l = 0; l < 8; l++) {
            System.out.println("  layer " + (l + 1) + ": " + format(first.weights()[l]) + " -> "
                    + format(last.weights()[l]) + "  kept " + result.activations().get(l).id());
            assertThat(first.weights()[l]).containsOnly(0.2);
            // sigmoid, the vanishing candidate, loses weight in every layer
            assertThat(last.weight(l, Activation.SIGMOID)).isLessThan(0.2);
        }
        for (int l = 0; l < 2; l++) {
            double relu = last.weight(l, Activation.RELU);
            double elu = last.weight(l, Activation.ELU);
            double sigmoid = last.weight(l, Activation.SIGMOID);
            assertThat(Math.max(relu, elu)).as("layer %d: the stronger rectifier", l + 1).isGreaterThan(0.2)
                    .isGreaterThan(2 * sigmoid);
            assertThat(Math.min(relu, elu)).as("layer %d: the weaker rectifier", l + 1).isGreaterThan(sigmoid);
            assertThat(result.activations().get(l)).isIn(Activation.RELU, Activation.ELU);
        }
        assertThat(result.activations()).doesNotContain(Activation.SIGMOID);
        assertThat(result.derivedSpec()).isEqualTo(ArchitectureSearch.derive(base, result.activations()));

        RunSummary derived = result.retrain();
        RunSummary sigmoid = train(base);
        System.out.printf(Locale.ROOT, "  retrained %s: val %.3f test %.3f; all-sigmoid: val %.3f test %.3f%n",
                result.activations(), derived.validationAccuracy(), derived.testAccuracy(),
                sigmoid.validationAccuracy(), sigmoid.testAccuracy());
        assertThat(derived.state()).isEqualTo(RunState.FINISHED);
        assertThat(derived.iterations()).isEqualTo(1500);
        assertThat(sigmoid.testAccuracy()).as("the all-sigmoid network does not learn").isLessThan(0.7);
        assertThat(derived.testAccuracy()).isGreaterThan(0.9).isGreaterThan(sigmoid.testAccuracy() + 0.25);
        assertThat(derived.validationAccuracy()).isGreaterThan(sigmoid.validationAccuracy() + 0.25);
    }

    @Test
    void theSameSeedGivesTheSameTrajectoryAndAnotherSeedAnother() throws Exception {
        ArchitectureSearchSpec spec = ArchitectureSearchSpec.defaults().withPublishEvery(10).withRetrain(false)
                .withIterations(300);
        List<MixtureSnapshot> a = runToEnd(new ArchitectureSearch(deepSigmoid(5, 300), spec, null)).trajectory();
        List<MixtureSnapshot> b = runToEnd(new ArchitectureSearch(deepSigmoid(5, 300), spec, null)).trajectory();
        List<MixtureSnapshot> c = runToEnd(new ArchitectureSearch(deepSigmoid(6, 300), spec, null)).trajectory();
        assertThat(a).hasSize(32); // 0, 1, 10, 20, …, 300
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).iteration()).isEqualTo(a.get(i).iteration());
            assertThat(b.get(i).weights()).isDeepEqualTo(a.get(i).weights());
            assertThat(Double.compare(b.get(i).validationLoss(), a.get(i).validationLoss())).isZero();
        }
        assertThat(c.get(c.size() - 1).weights()).isNotEqualTo(a.get(a.size() - 1).weights());
    }

    @Test
    void aCancelStopsTheSearchAndTheRetraining() throws Exception {
        // during the search: a million iterations, cancelled once the first few are published
        List<ArchitectureEvent> events = new CopyOnWriteArrayList<>();
        ArchitectureSearch[] holder = new ArchitectureSearch[1];
        holder[0] = new ArchitectureSearch(deepSigmoid(1, 1000),
                ArchitectureSearchSpec.defaults().withIterations(1_000_000).withPublishEvery(20), e -> {
                    events.add(e);
                    if (e instanceof MixtureSnapshot s && s.iteration() >= 40) {
                        holder[0].cancel();
                    }
                });
        ArchitectureSearchResult stopped = runToEnd(holder[0]);
        assertThat(stopped.state()).isEqualTo(RunState.STOPPED);
        assertThat(stopped.searchIterations()).isBetween(40L, 1000L);
        assertThat(stopped.retrain()).isNull();
        assertThat(events.get(events.size() - 1)).isSameAs(stopped);
        assertThat(events).noneMatch(e -> e instanceof DerivedArchitecture);

        // during the retraining: a short search, then a long retraining cancelled at its first progress
        ArchitectureSearch[] second = new ArchitectureSearch[1];
        second[0] = new ArchitectureSearch(deepSigmoid(1, 2_000_000),
                ArchitectureSearchSpec.defaults().withIterations(50).withPublishEvery(25), e -> {
                    if (e instanceof RetrainProgress) {
                        second[0].cancel();
                    }
                });
        ArchitectureSearchResult late = runToEnd(second[0]);
        assertThat(late.state()).isEqualTo(RunState.STOPPED);
        assertThat(late.searchIterations()).isEqualTo(50);
        assertThat(late.activations()).hasSize(8);
        assertThat(late.retrain().state()).isEqualTo(RunState.STOPPED);
        assertThat(late.retrain().iterations()).isLessThan(2_000_000);
    }

    @Test
    void weightStepsNeverMoveAlphaAndAlphaStepsNeverMoveWeights() throws Exception {
        RunSpec base = deepSigmoid(3, 100);
        dev.deepforward.data.PreparedData data = dev.deepforward.data.DataPreparer.prepare(base.data(), base.seed());
        Network net = Network.createMixed(base.network(), base.training(), 2, 2, Task.CLASSIFICATION, 3,
                Precision.FLOAT, FIVE);
        double[] alpha = {0.1, -0.2, 0.3, 0.0, 0.5};
        net.setMixtureLogits(0, alpha);
        int[] rows = new int[16];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        float[] before = net.parameters();
        for (int i = 0; i < 5; i++) {
            net.trainStep(data.train(), rows, 0, 16);
        }
        assertThat(net.mixtureLogits(0)).containsExactly(alpha);
        assertThat(net.parameters()).isNotEqualTo(before);
        float[] trained = net.parameters();
        net.computeMixtureGradient(data.validation(), rows, 0, 16);
        assertThat(net.parameters()).containsExactly(trained);
        assertThat(net.mixtureGradient(0)).isNotEqualTo(new double[5]);
        assertThat(net.parameterCount()).isEqualTo((int) base.network().parameterCount(2, 2));
        // the same weights as an ordinary network of the seed: the mixture changes no draw
        Network plain = Network.create(base.network(), base.training(), 2, 2, Task.CLASSIFICATION, 3, Precision.FLOAT);
        assertThat(Network.createMixed(base.network(), base.training(), 2, 2, Task.CLASSIFICATION, 3,
                Precision.FLOAT, FIVE).parameters()).containsExactly(plain.parameters());
    }

    @Test
    void plainSgdOnAlphaAlsoMovesTheMixture() throws Exception {
        ArchitectureSearchSpec sgd = ArchitectureSearchSpec.defaults().withAlphaOptimizer(Optimizer.SGD, 0.5)
                .withIterations(200).withRetrain(false);
        ArchitectureSearchResult r = runToEnd(new ArchitectureSearch(deepSigmoid(42, 200), sgd, null));
        assertThat(r.state()).isEqualTo(RunState.FINISHED);
        assertThat(r.retrain()).isNull();
        double[] lowest = r.trajectory().get(r.trajectory().size() - 1).weights()[0];
        assertThat(lowest).isNotEqualTo(new double[] {0.2, 0.2, 0.2, 0.2, 0.2});
        assertThat(java.util.Arrays.stream(lowest).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void setupProblemsAreRefusedBeforeAnythingRuns() {
        RunSpec base = deepSigmoid(1, 100);
        assertThatThrownBy(() -> new ArchitectureSearch(base.withData(base.data().withSplit(0, 0.2)),
                ArchitectureSearchSpec.defaults(), null)).isInstanceOf(RunSetupException.class)
                .hasMessageContaining("validation");
        assertThatThrownBy(() -> new ArchitectureSearch(base, ArchitectureSearchSpec.defaults()
                .withCandidates(List.of(Activation.RELU, Activation.PRELU)), null))
                .isInstanceOf(RunSetupException.class).hasMessageContaining("search.candidates[1]");
        RunSpec maxoutOnly = base.withNetwork(NetworkSpec.defaults().withHidden(List.of(LayerSpec.maxout(4, 2))));
        assertThatThrownBy(() -> new ArchitectureSearch(maxoutOnly, ArchitectureSearchSpec.defaults(), null))
                .isInstanceOf(RunSetupException.class).hasMessageContaining("no dense hidden layer");
    }

    /**
     * DARTS against random search over the same choice (one of the five activations per layer, 5⁸
     * architectures) on the same budget in training iterations. Reports both; asserts only what the
     * comparison guarantees (the budgets) and that both pick a network that learns.
     */
    @Test
    void dartsAgainstRandomSearchOnTheSameBudget() throws Exception {
        RunSpec base = deepSigmoid(42, 1500);
        SearchComparison.Result r = SearchComparison.run(base, ArchitectureSearchSpec.defaults().withPublishEvery(100),
                1, 5, TimeUnit.MINUTES);
        System.out.println("DARTS vs random search, deep sigmoid on the circle, budget in training iterations:");
        System.out.println("  " + r.darts());
        System.out.println("  " + r.random());
        for (var run : r.randomResults()) {
            System.out.printf(Locale.ROOT, "    random #%d %s val %.3f test %.3f%n", run.index() + 1,
                    run.spec().network().hidden().stream().map(l -> l.activation().id()).toList(),
                    run.summary().validationAccuracy(), run.summary().testAccuracy());
        }
        long perRun = 1500;
        assertThat(r.darts().iterations()).isEqualTo(1500 + 1500 + 1500);
        assertThat(r.randomResults()).hasSize(3);
        assertThat(r.random().runs()).isEqualTo(3);
        assertThat(Math.abs(r.random().iterations() - r.darts().iterations())).isLessThanOrEqualTo(perRun / 2);
        assertThat(r.darts().testAccuracy()).isGreaterThan(0.9);
        assertThat(r.random().activations()).hasSize(8);
        assertThat(r.random().seconds()).isPositive();
    }

    private static RunSummary train(RunSpec spec) throws Exception {
        try (TrainingRun run = TrainingRun.of(spec, e -> { })) {
            run.start();
            assertThat(run.awaitSettled(5, TimeUnit.MINUTES)).isTrue();
            return run.summary();
        }
    }

    private static int indexOf(List<ArchitectureEvent> events, Class<?> type) {
        for (int i = 0; i < events.size(); i++) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String format(double[] p) {
        List<String> parts = new ArrayList<>();
        for (double v : p) {
            parts.add(String.format(Locale.ROOT, "%.2f", v));
        }
        return "[" + String.join(" ", parts) + "]";
    }
}
