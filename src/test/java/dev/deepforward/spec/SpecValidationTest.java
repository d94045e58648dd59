package dev.deepforward.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecValidationTest {

    @Test
    void theDefaultSpecIsValid() {
        assertThat(RunSpec.defaults().problems("").list()).isEmpty();
    }

    @Test
    void everyProblemIsReportedWithItsPathNotOnlyTheFirst() {
        NetworkSpec net = new NetworkSpec(List.of(
                LayerSpec.dense(16, Activation.RELU),
                LayerSpec.dense(0, Activation.RELU),
                LayerSpec.dense(5000, Activation.TANH).withDropout(1.2)), OutputSpec.defaults());
        RunSpec spec = RunSpec.defaults().withNetwork(net)
                .withTraining(TrainingSpec.defaults().withLearningRate(0).withBatchSize(0));

        List<String> lines = spec.problems("").list().stream().map(Problem::toString).toList();

        assertThat(lines).containsExactlyInAnyOrder(
                "network.hidden[1].units: must be between 1 and 4096 (is 0)",
                "network.hidden[2].units: must be between 1 and 4096 (is 5000)",
                "network.hidden[2].dropout: must be between 0 and 0.95 (is 1.2)",
                "training.learningRate: must be above 0 and at most 100 (is 0)",
                "training.batchSize: must be between 1 and 65536 (is 0)");
    }

    @Test
    void maxoutAndAlphaRulesAreChecked() {
        LayerSpec badMaxout = LayerSpec.maxout(8, 1);
        LayerSpec maxoutOnDense = LayerSpec.dense(8, Activation.MAXOUT);
        LayerSpec alphaOnRelu = LayerSpec.dense(8, Activation.RELU).withAlpha(0.2);
        LayerSpec scaleOnXavier = LayerSpec.dense(8, Activation.TANH).withInit(WeightInit.XAVIER_NORMAL, 0.5);

        assertThat(badMaxout.problems("l").list()).extracting(Problem::path).containsExactly("l.pieces");
        assertThat(maxoutOnDense.problems("l").list()).extracting(Problem::path).containsExactly("l.activation");
        assertThat(alphaOnRelu.problems("l").list()).extracting(Problem::message)
                .containsExactly("'relu' has no α; only leaky_relu, prelu and elu do");
        assertThat(scaleOnXavier.problems("l").list()).extracting(Problem::path).containsExactly("l.initScale");
        assertThat(LayerSpec.maxout(8, 3).problems("l").list()).isEmpty();
    }

    @Test
    void dataSplitMustLeaveTrainingData() {
        DataSpec data = DataSpec.defaults().withSplit(0.5, 0.5);
        assertThat(data.problems("data").list()).extracting(Problem::toString)
                .containsExactly("data.testFraction: validation and test together may hold at most 0.9 of the data");
        assertThat(DataSpec.of("csv").problems("data").list()).extracting(Problem::path).containsExactly("data.file");
    }

    @Test
    void epochsOrIterationsMustBeSet() {
        TrainingSpec t = TrainingSpec.defaults().withEpochs(0);
        assertThat(t.problems("training").list()).extracting(Problem::path).containsExactly("training.epochs");
        assertThat(t.withIterations(300).problems("training").list()).isEmpty();
    }

    @Test
    void parameterCountFollowsTheLayers() {
        // 2-8-8-2: (2·8+8) + (8·8+8) + (8·2+2) = 24 + 72 + 18
        NetworkSpec plain = NetworkSpec.uniform(2, 8, Activation.TANH);
        assertThat(plain.parameterCount(2, 2)).isEqualTo(114);
        // maxout with 3 pieces: 2·(4·3) + 4·3 weights and biases; batch norm adds γ, β per piece
        NetworkSpec maxout = new NetworkSpec(List.of(LayerSpec.maxout(4, 3).withBatchNorm(true)), OutputSpec.defaults());
        assertThat(maxout.parameterCount(2, 2)).isEqualTo(2 * 12 + 12 + 24 + 4 * 2 + 2);
        NetworkSpec prelu = new NetworkSpec(List.of(LayerSpec.dense(4, Activation.PRELU)), OutputSpec.defaults());
        assertThat(prelu.parameterCount(2, 2)).isEqualTo(2 * 4 + 4 + 1 + 4 * 2 + 2);
    }

    @Test
    void totalIterationsCountsPartialBatches() {
        TrainingSpec t = TrainingSpec.defaults().withBatchSize(10).withEpochs(3);
        assertThat(t.totalIterations(95)).isEqualTo(30);
        assertThat(t.withIterations(7).totalIterations(95)).isEqualTo(7);
    }
}
