package dev.deepforward.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.Optimizer;
import dev.deepforward.spec.Problems;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.SearchDimension;
import dev.deepforward.spec.SearchSpace;
import dev.deepforward.spec.TrainingSpec;
import dev.deepforward.spec.Variant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TransferAndSearchTest {

    private static RunSpec digits(List<Integer> classes, int samples, int epochs) {
        return new RunSpec("digits", 5L, DataSpec.of("mnist").withClasses(classes).withSamples(samples).withSplit(0.2, 0.3),
                NetworkSpec.uniform(2, 64, Activation.RELU),
                TrainingSpec.defaults().withOptimizer(OptimizerSpec.of(Optimizer.ADAM)).withLearningRate(2e-3)
                        .withBatchSize(32).withEpochs(epochs));
    }

    @Test
    void transferredLayersThatAreFrozenNeverMoveAndCarryWhatTheSourceLearned() throws Exception {
        TrainedWeights pretrained;
        try (TrainingRun source = TrainingRun.of(digits(List.of(0, 1, 2, 3, 4), 5000, 2), e -> { })) {
            RunFixtures.runToEnd(source);
            assertThat(source.summary().testAccuracy()).isGreaterThan(0.9);
            pretrained = source.trainedWeights(0);
        }
        RunSpec target = digits(List.of(5, 6, 7, 8, 9), 400, 15);
        List<Variant> variants = List.of(
                Variant.of("frozen", "network.hidden[0].frozen", true).and("network.hidden[1].frozen", true),
                Variant.baseline("fine-tuned"),
                Variant.baseline("scratch"));
        try (Comparison c = Comparison.of(target, variants, e -> { })) {
            c.transferFrom(pretrained, 2);
            // "scratch" must not start from the pretrained layers: rebuild it alone
            try (TrainingRun scratch = TrainingRun.of(variants.get(2).applyTo(target), e -> { })) {
                RunFixtures.runToEnd(scratch);
                RunFixtures.runToEnd(c);
                TrainedWeights frozen = c.trainedWeights(0);
                TrainedWeights tuned = c.trainedWeights(1);
                for (int layer = 0; layer < 2; layer++) {
                    assertThat(frozen.layerWeights(layer)).as("frozen layer %d", layer)
                            .isDeepEqualTo(pretrained.layerWeights(layer));
                    assertThat(java.util.Arrays.deepEquals(tuned.layerWeights(layer), pretrained.layerWeights(layer)))
                            .as("fine-tuned layer %d moved", layer).isFalse();
                }
                double fineTuned = c.summaries().get(1).testAccuracy();
                double fromScratch = scratch.summary().testAccuracy();
                double frozenAccuracy = c.summaries().get(0).testAccuracy();
                System.out.printf("transfer 0-4 -> 5-9 (400 samples): frozen %.3f, fine-tuned %.3f, scratch %.3f%n",
                        frozenAccuracy, fineTuned, fromScratch);
                // Whether fine-tuning beats scratch here depends on the seed (lesson 12 measures five: within 3
                // points either way), so only what holds for every seed is asserted: a linear read-out of the
                // frozen features learns far above chance (20 %).
                assertThat(frozenAccuracy).isGreaterThan(0.4);
            }
        }
        // On the source's own classes the frozen features are nearly all a classifier needs: a new output
        // layer on them beats the same network with frozen *random* hidden layers by a wide margin.
        RunSpec same = digits(List.of(0, 1, 2, 3, 4), 400, 3);
        List<Variant> frozenBoth = List.of(
                Variant.of("transferred", "network.hidden[0].frozen", true).and("network.hidden[1].frozen", true),
                Variant.of("random", "network.hidden[0].frozen", true).and("network.hidden[1].frozen", true));
        try (Comparison c = Comparison.of(same, frozenBoth, e -> { })) {
            c.transferFrom(pretrained, 2, List.of("transferred"));
            RunFixtures.runToEnd(c);
            double transferred = c.summaries().get(0).testAccuracy();
            double random = c.summaries().get(1).testAccuracy();
            System.out.printf("frozen features on 0-4 (400 samples): transferred %.3f, random %.3f%n", transferred, random);
            assertThat(transferred).isGreaterThan(0.9);
            assertThat(transferred).isGreaterThan(random + 0.1);
        }
    }

    @Test
    void transferChecksShapesAndTiming() throws Exception {
        TrainedWeights small;
        try (TrainingRun source = TrainingRun.of(TrainingRunTest.spiral(5), e -> { })) {
            RunFixtures.runToEnd(source);
            small = source.trainedWeights(0);
        }
        try (TrainingRun wide = TrainingRun.of(TrainingRunTest.spiral(5)
                .withNetwork(NetworkSpec.uniform(2, 32, Activation.RELU)), e -> { })) {
            assertThatThrownBy(() -> wide.transferFrom(small, 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("shapes differ");
            wide.step(1);
            wide.awaitSettled(60, TimeUnit.SECONDS);
            assertThatThrownBy(() -> wide.transferFrom(small, 1)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void transferIntoNamedVariantsLeavesTheOthersAlone() throws Exception {
        TrainedWeights source;
        try (TrainingRun run = TrainingRun.of(TrainingRunTest.spiral(5), e -> { })) {
            RunFixtures.runToEnd(run);
            source = run.trainedWeights(0);
        }
        List<Variant> variants = List.of(Variant.baseline("tuned"), Variant.baseline("scratch"));
        try (Comparison c = Comparison.of(TrainingRunTest.spiral(5), variants, e -> { })) {
            double[][] scratchBefore = c.trainedWeights(1).layerWeights(0);
            assertThatThrownBy(() -> c.transferFrom(source, 1, List.of("tuned", "tunde")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no variant 'tunde'");
            assertThat(java.util.Arrays.deepEquals(c.trainedWeights(0).layerWeights(0), source.layerWeights(0)))
                    .as("a refused transfer changes nothing").isFalse();
            c.transferFrom(source, 1, List.of("tuned"));
            assertThat(c.trainedWeights(0).layerWeights(0)).isDeepEqualTo(source.layerWeights(0));
            assertThat(c.trainedWeights(1).layerWeights(0)).isDeepEqualTo(scratchBefore);
            c.step(1);
            c.awaitSettled(60, TimeUnit.SECONDS);
            assertThatThrownBy(() -> c.transferFrom(source, 1, List.of("tuned")))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void gridSearchRunsEveryCombinationAndReportsEach() throws Exception {
        SearchSpace space = new SearchSpace(List.of(
                SearchDimension.of("training.learningRate", 0.001, 0.01, 0.1),
                SearchDimension.of(SearchDimension.DEPTH, 1, 2)), false, 100, 1L);
        List<Search.Result> reported = new CopyOnWriteArrayList<>();
        try (Search search = new Search(TrainingRunTest.spiral(150), space, reported::add)) {
            assertThat(search.configurations()).hasSize(6);
            search.start();
            assertThat(search.await(120, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reported).hasSize(6).allSatisfy(r -> {
            assertThat(r.error()).isNull();
            assertThat(r.summary().state()).isEqualTo(RunState.FINISHED);
        });
        assertThat(reported).extracting(r -> r.spec().network().hidden().size()).containsExactly(1, 2, 1, 2, 1, 2);
        assertThat(reported).extracting(r -> r.spec().training().learningRate())
                .containsExactly(0.001, 0.001, 0.01, 0.01, 0.1, 0.1);
        Search.Result best = reported.stream().max(java.util.Comparator.comparingDouble(
                r -> r.summary().validationAccuracy())).orElseThrow();
        assertThat(best.spec().training().learningRate()).isGreaterThan(0.001);
    }

    @Test
    void randomSearchDrawsFromRangesWithItsSeed() throws Exception {
        SearchSpace space = new SearchSpace(List.of(
                SearchDimension.range("training.learningRate", 1e-4, 1e-1, true, false, 3),
                SearchDimension.range("network.hidden[*].units", 4, 32, false, true, 3)), true, 5, 9L);
        List<Map<String, Object>> a = Search.configurations(space);
        assertThat(a).hasSize(5).isEqualTo(Search.configurations(space));
        assertThat(a).allSatisfy(c -> {
            assertThat((Double) c.get("training.learningRate")).isBetween(1e-4, 1e-1);
            assertThat((Long) c.get("network.hidden[*].units")).isBetween(4L, 32L);
        });
        List<Search.Result> reported = new CopyOnWriteArrayList<>();
        try (Search search = new Search(TrainingRunTest.spiral(50), space, reported::add)) {
            search.start();
            assertThat(search.await(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reported).hasSize(5);
        assertThat(reported.get(0).spec().network().hidden()).allSatisfy(l ->
                assertThat(l.units()).isEqualTo(((Long) a.get(0).get("network.hidden[*].units")).intValue()));
    }

    @Test
    void anInvalidConfigurationIsReportedNotThrown() throws Exception {
        Problems problems = new Problems();
        assertThat(Search.apply(TrainingRunTest.spiral(5), Map.of("network.hidden[*].units", 0), problems)).isNull();
        assertThat(problems.toString()).contains("network.hidden[0].units");
        SearchSpace space = new SearchSpace(List.of(SearchDimension.of("network.hidden[*].units", 0, 8)), false, 10, 1L);
        List<Search.Result> reported = new CopyOnWriteArrayList<>();
        try (Search search = new Search(TrainingRunTest.spiral(20), space, reported::add)) {
            search.start();
            search.await(60, TimeUnit.SECONDS);
        }
        assertThat(reported.get(0).error()).contains("units");
        assertThat(reported.get(1).summary().state()).isEqualTo(RunState.FINISHED);
    }
}
