package dev.deepforward.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.WeightInit;
import dev.deepforward.spec.json.Loaded;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedLessonTest {

    @Test
    void theVanishingGradientsLessonLoadsWithoutProblems() {
        Loaded<Lesson> loaded = LessonLoader.load(Fixtures.SHIPPED, Fixtures.DATASETS);

        assertThat(loaded.problems()).isEmpty();
        Lesson lesson = loaded.value();
        assertThat(lesson.id()).isEqualTo("vanishing-gradients");
        assertThat(lesson.level()).isEqualTo(Level.INTERMEDIATE);
        assertThat(lesson.concepts()).contains(Concept.VANISHING_GRADIENTS);
        assertThat(lesson.steps()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(lesson.steps().stream().mapToInt(s -> s.quiz().size()).sum()).isGreaterThanOrEqualTo(3);
        assertThat(lesson.steps().stream().mapToInt(s -> s.claims().size()).sum()).isGreaterThanOrEqualTo(5);
        assertThat(lesson.steps().stream().mapToInt(s -> s.tryThis().size()).sum()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void itsRunsAreTenSigmoidLayersWithTinyInitAgainstReluWithHe() {
        Lesson lesson = LessonLoader.load(Fixtures.SHIPPED, Fixtures.DATASETS).value();
        List<StepRuns> runs = lesson.runs();

        RunSpec first = runs.get(0).spec();
        assertThat(first.network().hidden()).hasSize(10).allSatisfy(layer -> {
            assertThat(layer.activation()).isEqualTo(Activation.SIGMOID);
            assertThat(layer.init()).isEqualTo(WeightInit.NORMAL);
            assertThat(layer.effectiveInitScale()).isEqualTo(0.01);
        });
        // The explanation step has no setup and keeps the first step's run.
        assertThat(runs.get(1).spec()).isEqualTo(first);

        StepRuns sideBySide = runs.get(2);
        assertThat(sideBySide.variants()).containsOnlyKeys("sigmoid", "relu");
        assertThat(sideBySide.variants().get("relu").network().hidden()).allSatisfy(layer -> {
            assertThat(layer.activation()).isEqualTo(Activation.RELU);
            assertThat(layer.init()).isEqualTo(WeightInit.HE_NORMAL);
        });
        assertThat(sideBySide.variants().get("sigmoid").network()).isEqualTo(first.network());

        // The patch of step 4 replaces the layers and keeps data and training.
        RunSpec patched = runs.get(3).spec();
        assertThat(patched.network().hidden()).allSatisfy(l -> assertThat(l.init()).isEqualTo(WeightInit.XAVIER_NORMAL));
        assertThat(patched.data()).isEqualTo(first.data());
        assertThat(patched.training()).isEqualTo(first.training());
        assertThat(runs.get(3).variants()).containsOnlyKeys("sigmoid", "tanh", "relu");
    }

    @Test
    void itStaysSmallEnoughToTrainInSeconds() {
        Lesson lesson = LessonLoader.load(Fixtures.SHIPPED, Fixtures.DATASETS).value();
        for (StepRuns runs : lesson.runs()) {
            for (RunSpec spec : runs.variants().isEmpty() ? List.of(runs.spec()) : List.copyOf(runs.variants().values())) {
                assertThat(spec.training().iterations()).isBetween(1, 2000);
                assertThat(spec.network().parameterCount(2, 2)).isLessThan(5_000);
                assertThat(spec.data().samples()).isBetween(1, 2000);
            }
        }
    }

    @Test
    void theIssuesTwoExampleClaimsAreWrittenInIt() {
        Lesson lesson = LessonLoader.load(Fixtures.SHIPPED, Fixtures.DATASETS).value();
        List<Claim> claims = lesson.steps().get(2).claims();

        Claim ratio = claims.get(0);
        assertThat(ratio.iterations()).isEqualTo(300);
        assertThat(ratio.left().variant()).isEqualTo("sigmoid");
        assertThat(ratio.left().metric()).isEqualTo(Metric.GRADIENT_NORM);
        assertThat(ratio.left().layerRef()).isEqualTo(LayerRef.hidden(1));
        assertThat(ratio.op()).isEqualTo(Op.LT);
        assertThat(ratio.rightOperand()).isInstanceOfSatisfying(Operand.Measured.class,
                m -> assertThat(m.quantity().layerRef()).isEqualTo(LayerRef.OUTPUT));
        assertThat(ratio.effectiveFactor()).isEqualTo(0.001);

        Claim accuracy = claims.get(2);
        assertThat(accuracy.left().metric()).isEqualTo(Metric.VALIDATION_ACCURACY);
        assertThat(accuracy.left().moment()).isEqualTo(Moment.FINAL);
        assertThat(accuracy.op()).isEqualTo(Op.GT);
        assertThat(accuracy.effectiveMargin()).isEqualTo(0.2);
    }

    @Test
    void theExampleOfTheFormatDocumentValidates() {
        // The example the lesson format document prints under "## Example" must stay a valid lesson.
        String readme;
        try {
            readme = java.nio.file.Files.readString(java.nio.file.Path.of("src/site/markdown/lesson-format.md"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int section = readme.indexOf("## Example", readme.indexOf("# Lesson file format"));
        int start = readme.indexOf("```json", section) + "```json".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        Loaded<Lesson> loaded = LessonLoader.read(example, "README example", null, Fixtures.DATASETS);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value().steps().get(0).checkpoints().get(0).describe()).isEqualTo("Train for 300 iterations.");
    }

    @Test
    void theTimeLessonSaysWhereItsSpeedFiguresWereMeasuredAndThatTheWindowsWillDifferInEitherDirection() {
        Lesson lesson = LessonLoader.load(java.nio.file.Path.of("lessons/16-time-and-hardware.json"),
                Fixtures.DATASETS).value();
        String batchStep = lesson.steps().get(1).text();
        assertThat(batchStep).contains("40,000 at batch 64").contains("2-core test machine")
                .contains("not a figure to expect").contains("Your window's figures will be different, higher or lower")
                .contains("ratio between the variants on one machine").contains("Compare the variants with each other")
                .doesNotContain("several times lower**");
        assertThat(lesson.steps().get(0).text()).contains("These are that machine's figures");
    }
}
