package dev.deepforward.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.data.DataPreparer;
import dev.deepforward.data.PreparedData;
import dev.deepforward.engine.Network;
import dev.deepforward.engine.run.Comparison;
import dev.deepforward.engine.run.TrainingRun;
import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.lesson.Metric;
import dev.deepforward.lesson.Moment;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.json.Loaded;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The checker on small real runs: what is recorded when, how trainings are shared, seeds. */
class ClaimCheckerTest {

    private static final String SPEC = """
            {"name": "tiny", "seed": 5, "data": {"dataset": "circle", "samples": 200},
             "network": {"hidden": [{"units": 6, "activation": "sigmoid", "init": "xavier_normal"},
                                    {"units": 6, "activation": "relu"}]},
             "training": {"batchSize": 20, "iterations": 24}}""";

    private static RunRecord train(boolean probes) throws Exception {
        RunRecorder recorder = new RunRecorder(probes);
        Loaded<RunSpec> spec = dev.deepforward.spec.json.SpecJson.read(SPEC, "tiny", RunSpec.class);
        try (Comparison run = TrainingRun.of(spec.value(), recorder)) {
            run.setParameterProbe(recorder);
            run.start();
            assertThat(run.awaitSettled(1, TimeUnit.MINUTES)).isTrue();
        }
        return recorder.record("");
    }

    @Test
    void startOfIterationValuesAreThoseOfTheParametersTheUpdateStartsFrom() throws Exception {
        RunRecord r = train(true);
        RunSpec spec = dev.deepforward.spec.json.SpecJson.read(SPEC, "tiny", RunSpec.class).value();
        PreparedData data = DataPreparer.prepare(spec.data(), spec.seed());
        Network untrained = Network.forDataset(spec.network(), spec.training(), data.train(), spec.seed());
        for (int l = 0; l < 3; l++) {
            assertThat(r.read(Metric.WEIGHT_NORM, l, new Moment(Moment.Kind.INITIAL, 0)))
                    .as("layer %d at iteration 1", l).isCloseTo(weightNorm(untrained, l), org.assertj.core.data.Offset.offset(1e-9));
            // one value per iteration 1…24, and the parameters after the last update as iteration 25's start
            assertThat(r.recordCount(Metric.WEIGHT_NORM, l)).isEqualTo(25);
            assertThat(r.recordCount(Metric.UPDATE_RATIO, l)).isEqualTo(24);
            assertThat(r.read(Metric.UPDATE_RATIO, l, new Moment(Moment.Kind.MIN, 0))).isPositive();
        }
        // softmax over two classes: the output layer's mean activation is exactly 1/2
        assertThat(r.read(Metric.ACTIVATION_MEAN, 2, Moment.FINAL)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.recordCount(Metric.SATURATED_FRACTION, 0)).isEqualTo(25);
        assertThat(r.recordCount(Metric.SATURATED_FRACTION, 1)).as("relu does not saturate").isZero();
        assertThat(r.recordCount(Metric.DEAD_FRACTION, 1)).isEqualTo(25);
        assertThat(r.recordCount(Metric.DEAD_FRACTION, 0)).isZero();
        // evaluation points: iteration 0, the ends of epochs 1–3 (120 training examples, 6 batches: iterations
        // 6, 12, 18) and the end, whose whole-set evaluation replaces epoch 4's at iteration 24
        assertThat(r.recordCount(Metric.TRAIN_LOSS, -1)).isEqualTo(5);
        assertThat(r.read(Metric.VALIDATION_ACCURACY, -1, Moment.iteration(5)))
                .isEqualTo(untrained.evaluate(data.validation()).accuracy());
        assertThat(r.recordCount(Metric.TEST_LOSS, -1)).as("iteration 0 and the end").isEqualTo(2);
        assertThat(r.recordCount(Metric.GRADIENT_NORM, 2)).isEqualTo(24);
        assertThat(r.finalState()).isEqualTo(dev.deepforward.lesson.RunState.FINISHED);
        assertThat(r.runValue(Metric.ITERATIONS_RUN)).isEqualTo(24);
        assertThat(r.runValue(Metric.EPOCHS_RUN)).isEqualTo(4);
        assertThat(r.runValue(Metric.PARAMETER_COUNT)).isEqualTo(spec.network().parameterCount(2, 2));
    }

    @Test
    void finalProbedValuesReadTheNetworkAfterTheLastUpdateNotTheOneBefore() throws Exception {
        RunRecorder recorder = new RunRecorder(true);
        RunSpec spec = dev.deepforward.spec.json.SpecJson.read(SPEC, "tiny", RunSpec.class).value();
        double[] trained = new double[3];
        try (Comparison run = TrainingRun.of(spec, recorder)) {
            run.setParameterProbe(recorder);
            run.start();
            assertThat(run.awaitSettled(1, TimeUnit.MINUTES)).isTrue();
            for (int l = 0; l < 3; l++) {
                trained[l] = weightNorm(run.trainedWeights(0).layerWeights(l));
            }
        }
        RunRecord r = recorder.record("");
        for (int l = 0; l < 3; l++) {
            assertThat(r.read(Metric.WEIGHT_NORM, l, Moment.FINAL)).as("layer %d after update 24", l)
                    .isCloseTo(trained[l], org.assertj.core.data.Offset.offset(1e-9))
                    .isNotEqualTo(r.read(Metric.WEIGHT_NORM, l, Moment.iteration(24)));
        }
    }

    @Test
    void theNewQuantitiesAreRecordedOnARealRunWithExtraEvaluationPoints() throws Exception {
        RunRecorder recorder = new RunRecorder(true, 5);
        RunSpec spec = dev.deepforward.spec.json.SpecJson.read(SPEC, "tiny", RunSpec.class).value();
        try (Comparison run = TrainingRun.of(spec, recorder)) {
            run.setParameterProbe(recorder);
            run.start();
            assertThat(run.awaitSettled(1, TimeUnit.MINUTES)).isTrue();
        }
        RunRecord r = recorder.record("");
        // confidence at 0, the requested points 5, 10, 15, 20 and the end (24); two classes: between 1/2 and 1
        assertThat(r.recordCount(Metric.VALIDATION_CONFIDENCE, -1)).isEqualTo(6);
        assertThat(r.read(Metric.VALIDATION_CONFIDENCE, -1, Moment.FINAL)).isBetween(0.5, 1.0);
        assertThat(r.recordCount(Metric.TEST_CONFIDENCE, -1)).as("iteration 0 and the end").isEqualTo(2);
        // validation loss at 0, 5, 6 (epoch 1), 10, 12, 15, 18, 20 and 24
        assertThat(r.recordCount(Metric.VALIDATION_LOSS, -1)).isEqualTo(9);
        for (int l = 0; l < 3; l++) {
            assertThat(r.recordCount(Metric.WEIGHT_GRADIENT_NORM, l)).isEqualTo(24);
            for (int t : new int[] {1, 12, 24}) {
                double weights = r.read(Metric.WEIGHT_GRADIENT_NORM, l, Moment.iteration(t));
                double withBiases = r.read(Metric.GRADIENT_NORM, l, Moment.iteration(t));
                assertThat(weights).as("layer %d, iteration %d", l, t).isPositive().isLessThanOrEqualTo(withBiases);
            }
            assertThat(r.read(Metric.NEAR_ZERO_FRACTION, l, Moment.FINAL)).isBetween(0.0, 1.0);
        }
        assertThat(r.runValue(Metric.BEST_EPOCH)).isBetween(1.0, 4.0);
        // without clipping, the clipped norm is the gradient norm itself
        assertThat(r.recordCount(Metric.CLIPPED_GRADIENT_NORM, 2)).isPositive();
        assertThat(r.read(Metric.CLIPPED_GRADIENT_NORM, 2, Moment.FINAL)).isCloseTo(
                r.read(Metric.GRADIENT_NORM, 2, Moment.iteration(
                        (int) lastIteration(r, Metric.CLIPPED_GRADIENT_NORM, 2))), org.assertj.core.data.Offset.offset(1e-6));
    }

    /** The iteration of a series' last record (found by reading back from the end). */
    private static long lastIteration(RunRecord r, Metric m, int layer) {
        double last = r.read(m, layer, Moment.FINAL);
        for (int t = 24; t >= 1; t--) {
            if (r.read(m, layer, Moment.iteration(t - 1)) != last || t == 1) {
                return t;
            }
        }
        return 1;
    }

    @Test
    void withoutProbedClaimsTheProbeBatchIsLeftAlone() throws Exception {
        RunRecord r = train(false);
        assertThat(r.recordCount(Metric.WEIGHT_NORM, 0)).isZero();
        assertThat(r.recordCount(Metric.VALIDATION_LOSS, -1)).as("iteration 0 is still evaluated").isEqualTo(5);
    }

    private static double weightNorm(Network n, int layer) {
        double[][] wb = n.layerWeights(layer);
        double s = 0;
        for (int i = 0; i < wb.length - 1; i++) {
            for (double w : wb[i]) {
                s += w * w;
            }
        }
        return Math.sqrt(s);
    }

    @Test
    void claimsShareTrainingsAndHoldForEverySeed() throws Exception {
        String lesson = """
                {"format": 1, "id": "tiny", "title": "Tiny", "summary": "s", "level": "beginner", "minutes": 1,
                 "steps": [{"title": "t", "text": "x", "setup": {"spec": %s},
                   "variants": [{"name": "a", "description": "", "set": {}},
                                {"name": "b", "description": "", "set": {"training.learningRate": 0.001}}],
                   "claims": [
                     {"text": "one", "iterations": 16, "seeds": 3,
                      "left": {"variant": "a", "metric": "iterations_run"}, "op": ">=", "right": 16},
                     {"text": "two", "iterations": 16,
                      "left": {"variant": "b", "metric": "weight_norm", "layer": 1, "at": "initial"}, "op": ">",
                      "right": {"variant": "a", "metric": "weight_norm", "layer": 1, "at": "initial"}, "factor": 0.999},
                     {"text": "three", "epochs": 1,
                      "left": {"variant": "a", "metric": "epochs_run"}, "op": "between", "right": [1, 1.5]},
                     {"text": "four", "iterations": 16, "seeds": 2,
                      "left": {"variant": "a", "metric": "gradient_norm", "layer": 1, "at": "initial"}, "op": "<=",
                      "right": 0.0}]}]}""".formatted(SPEC);
        Loaded<Lesson> loaded = LessonLoader.read(lesson, "tiny.json", null, null);
        assertThat(loaded.problems()).isEmpty();
        List<String> progress = new ArrayList<>();
        List<ClaimResult> results = new ClaimChecker(progress::add).check(loaded.value());

        // seeds 5, 6, 7 for 16 iterations (claims one, two and four share them) and seed 5 for one epoch
        assertThat(progress.stream().filter(p -> p.contains("training")).toList()).containsExactly(
                "tiny/1: training a, b for 16 iterations, seed 5",
                "tiny/1: training a, b for 16 iterations, seed 6",
                "tiny/1: training a, b for 16 iterations, seed 7",
                "tiny/1: training a, b for 1 epoch, seed 5");
        assertThat(results).extracting(ClaimResult::passed).containsExactly(true, true, true, false);
        assertThat(results.get(0).line()).isEqualTo("PASS tiny/1: one (seed 5: measured 16 vs 16; seed 6: measured 16 vs 16;"
                + " seed 7: measured 16 vs 16; holds on 3 of 3 seeds, every seed must)");
        assertThat(results.get(2).measured()).isEqualTo("measured 1 vs [1, 1.5]");
        assertThat(results.get(3).line()).startsWith("FAIL tiny/1: four (seed 5 fails: measured ")
                .contains("; seed 6 fails: measured ").endsWith("holds on 0 of 2 seeds, every seed must)");
    }

    @Test
    void aClaimOnAtLeastKOfNSeedsHoldsWhenEnoughSeedsHoldAndEverySeedIsPrinted() throws Exception {
        String template = """
                {"format": 1, "id": "tiny", "title": "Tiny", "summary": "s", "level": "beginner", "minutes": 1,
                 "steps": [{"title": "t", "text": "x", "setup": {"spec": %s},
                   "claims": [
                     {"text": "every", "iterations": 4, "seeds": 3,
                      "left": {"metric": "batch_loss", "at": "initial"}, "op": "<", "right": %s},
                     {"text": "some", "iterations": 4, "seeds": 3, "atLeast": 1,
                      "left": {"metric": "batch_loss", "at": "initial"}, "op": "<", "right": %2$s}]}]}""";
        // first the three seeds' values, then a threshold between the lowest and the highest
        Loaded<Lesson> probe = LessonLoader.read(template.formatted(SPEC, "1000"), "tiny.json", null, null);
        List<ClaimResult> values = new ClaimChecker(x -> { }).check(probe.value());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("measured ([0-9.e-]+) vs").matcher(values.get(0).measured());
        List<Double> losses = new ArrayList<>();
        while (m.find()) {
            losses.add(Double.parseDouble(m.group(1)));
        }
        assertThat(losses).hasSize(3).doesNotHaveDuplicates();
        double threshold = (java.util.Collections.min(losses) + java.util.Collections.max(losses)) / 2;

        Loaded<Lesson> lesson = LessonLoader.read(template.formatted(SPEC, threshold), "tiny.json", null, null);
        assertThat(lesson.problems()).isEmpty();
        List<ClaimResult> results = new ClaimChecker(x -> { }).check(lesson.value());
        assertThat(results.get(0).passed()).as(results.get(0).line()).isFalse();
        assertThat(results.get(0).measured()).contains("seed 5").contains("seed 6").contains("seed 7")
                .containsPattern("holds on [12] of 3 seeds, every seed must");
        assertThat(results.get(1).passed()).as(results.get(1).line()).isTrue();
        assertThat(results.get(1).measured()).containsPattern("holds on [12] of 3 seeds, at least 1 must");
    }

    @Test
    void transferredVariantsStartFromTheSourceRunsFinalWeightsAndOnlyThey() throws Exception {
        RunSpec spec = dev.deepforward.spec.json.SpecJson.read(SPEC, "tiny", RunSpec.class).value();
        double[] sourceNorm = new double[2];
        try (TrainingRun source = TrainingRun.of(spec, e -> { })) {
            source.start();
            assertThat(source.awaitSettled(1, TimeUnit.MINUTES)).isTrue();
            for (int l = 0; l < 2; l++) {
                sourceNorm[l] = weightNorm(source.trainedWeights(0).layerWeights(l));
            }
        }
        String lesson = """
                {"format": 1, "id": "tiny", "title": "Tiny", "summary": "s", "level": "beginner", "minutes": 1,
                 "steps": [{"title": "t", "text": "x",
                   "setup": {"spec": %1$s, "transfer": {"from": %1$s, "layers": 2, "variants": ["tuned"]}},
                   "variants": [{"name": "tuned", "description": "", "set": {}},
                                {"name": "scratch", "description": "", "set": {}}],
                   "claims": [
                     {"text": "one", "left": {"variant": "tuned", "metric": "weight_norm", "layer": 1, "at": "initial"},
                      "op": "between", "right": [%2$s, %3$s]},
                     {"text": "two", "left": {"variant": "tuned", "metric": "weight_norm", "layer": 2, "at": "initial"},
                      "op": "between", "right": [%4$s, %5$s]},
                     {"text": "three", "left": {"variant": "scratch", "metric": "weight_norm", "layer": 1, "at": "initial"},
                      "op": "between", "right": [%2$s, %3$s]},
                     {"text": "four", "left": {"variant": "tuned", "metric": "weight_norm", "layer": "last", "at": "initial"},
                      "op": "<=", "right": {"variant": "scratch", "metric": "weight_norm", "layer": "last", "at": "initial"},
                      "margin": 1e-9}]}]}""".formatted(SPEC, sourceNorm[0] * (1 - 1e-6), sourceNorm[0] * (1 + 1e-6),
                sourceNorm[1] * (1 - 1e-6), sourceNorm[1] * (1 + 1e-6));
        Loaded<Lesson> loaded = LessonLoader.read(lesson, "tiny.json", null, null);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value().runs().get(0).transfer().layers()).isEqualTo(2);
        assertThat(loaded.value().runs().get(0).transfersTo("tuned")).isTrue();
        assertThat(loaded.value().runs().get(0).transfersTo("scratch")).isFalse();
        List<String> progress = new ArrayList<>();
        List<ClaimResult> results = new ClaimChecker(progress::add).check(loaded.value());

        assertThat(progress.stream().filter(p -> p.contains("training")).toList()).containsExactly(
                "tiny/1: training the transfer's source run for 24 iterations, seed 5",
                "tiny/1: training tuned, scratch for 24 iterations, seed 5");
        // the transferred variant starts from the source's trained hidden layers, the other from its own
        // initialization; the output layer stays new in both (the same initial draw)
        assertThat(results).extracting(ClaimResult::passed).as("%s", results).containsExactly(true, true, false, true);
    }

    private static double weightNorm(double[][] wb) {
        double s = 0;
        for (int i = 0; i < wb.length - 1; i++) {
            for (double w : wb[i]) {
                s += w * w;
            }
        }
        return Math.sqrt(s);
    }
}
