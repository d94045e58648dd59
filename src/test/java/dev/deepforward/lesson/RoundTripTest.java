package dev.deepforward.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.Variant;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.SpecJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    @Test
    void theShippedLessonSurvivesWritingAndReadingBack() {
        Lesson lesson = LessonLoader.load(Fixtures.SHIPPED, Fixtures.DATASETS).value();

        String json = SpecJson.write(lesson);
        Loaded<Lesson> back = LessonLoader.read(json, "written.json", null, Fixtures.DATASETS);

        assertThat(back.problems()).isEmpty();
        assertThat(back.value()).isEqualTo(lesson);
        assertThat(SpecTree.toTree(back.value())).isEqualTo(SpecTree.toTree(lesson));
    }

    @Test
    void aLessonBuiltInCodeSurvivesTheTreeAndJson() {
        RunSpec spec = RunSpec.defaults().withData(DataSpec.of("xor").withSamples(200))
                .withNetwork(NetworkSpec.uniform(3, 8, Activation.TANH));
        Claim ratio = Claim.of("Layer 1 gets less gradient than the output layer.",
                        Quantity.of("tanh", Metric.GRADIENT_NORM).atLayer(LayerRef.hidden(1)).at(Moment.meanOfLast(20)),
                        Op.LT,
                        Quantity.of("tanh", Metric.GRADIENT_NORM).atLayer(LayerRef.OUTPUT))
                .afterIterations(100).withFactor(0.5);
        Claim state = Claim.of("The ReLU run finishes.", Quantity.of("relu", Metric.FINAL_STATE), Op.EQ, RunState.FINISHED);
        Claim band = Claim.of("Accuracy ends between 0.8 and 1.", Quantity.of("relu", Metric.TRAIN_ACCURACY), Op.BETWEEN,
                List.of(0.8, 1.0));
        Step step = Step.of("Compare", "Two *activations*.")
                .withSetup(Setup.of(spec))
                .withVariants(List.of(Variant.baseline("tanh"), Variant.of("relu", "network.hidden[*].activation", Activation.RELU)
                        .and("network.hidden[*].init", dev.deepforward.spec.WeightInit.HE_NORMAL)))
                .withClaims(List.of(ratio, state, band));
        Step patched = Step.of("Faster", "A larger rate.")
                .withSetup(Setup.patch(Map.of("training", Map.of("learningRate", 0.1))));
        Lesson lesson = new Lesson(1, "built", "Built in code", "A test.", Level.BEGINNER, 5, null,
                List.of(Concept.ACTIVATIONS), List.of(step, patched));
        assertThat(lesson.problems("").list()).isEmpty();

        Loaded<Lesson> back = LessonLoader.read(SpecJson.write(lesson), "built.json", null, Fixtures.DATASETS);

        assertThat(back.problems()).isEmpty();
        assertThat(back.value()).isEqualTo(lesson);
        Claim read = back.value().steps().get(0).claims().get(0);
        assertThat(read.left().moment()).isEqualTo(Moment.meanOfLast(20));
        assertThat(back.value().steps().get(0).claims().get(1).rightOperand()).isEqualTo(new Operand.State(RunState.FINISHED));
        assertThat(back.value().steps().get(0).claims().get(2).rightOperand()).isEqualTo(new Operand.Interval(0.8, 1.0));
        assertThat(back.value().runs().get(1).spec().training().learningRate()).isEqualTo(0.1);
    }

    @Test
    void idsAreWrittenTheWayTheProjectWritesEveryIdAndHyphensReadTheSame() {
        String json = SpecJson.write(Lesson.defaults().withSteps(List.of()));
        assertThat(json).doesNotContain("concepts\" : [ \"");

        Loaded<Lesson> hyphens = LessonLoader.read(Fixtures.resource("tiny.json")
                        .replace("[\"activations\"]", "[\"vanishing-gradients\", \"batch-norm\"]"),
                "tiny.json", null, Fixtures.DATASETS);
        assertThat(hyphens.value().concepts()).containsExactly(Concept.VANISHING_GRADIENTS, Concept.BATCH_NORM);
        assertThat(SpecJson.write(hyphens.value())).contains("\"vanishing_gradients\"").contains("\"<\"");
    }
}
