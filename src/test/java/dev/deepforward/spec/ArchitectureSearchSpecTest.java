package dev.deepforward.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.SpecJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchitectureSearchSpecTest {

    @Test
    void anEmptyObjectGivesTheDefaults() {
        Loaded<ArchitectureSearchSpec> loaded = SpecJson.read("{}", "search.json", ArchitectureSearchSpec.class);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value()).isEqualTo(ArchitectureSearchSpec.defaults());
        assertThat(loaded.value().candidates()).containsExactly(Activation.SIGMOID, Activation.TANH, Activation.RELU,
                Activation.ELU, Activation.IDENTITY);
        assertThat(loaded.value().alphaOptimizer()).isEqualTo(Optimizer.ADAM);
        assertThat(loaded.value().alphaLearningRate()).isEqualTo(3e-3);
    }

    @Test
    void fieldsAreReadAndTheTreeRoundTrips() {
        String json = """
                { "candidates": ["relu", "tanh", "leaky_relu"], "iterations": 500, "alphaOptimizer": "sgd",
                  "alphaLearningRate": 0.1, "alphaWeightDecay": 0, "alphaBatchSize": 32, "publishEvery": 5,
                  "retrain": false }
                """;
        Loaded<ArchitectureSearchSpec> loaded = SpecJson.read(json, "search.json", ArchitectureSearchSpec.class);
        assertThat(loaded.problems()).isEmpty();
        ArchitectureSearchSpec s = loaded.value();
        assertThat(s).isEqualTo(new ArchitectureSearchSpec(List.of(Activation.RELU, Activation.TANH,
                Activation.LEAKY_RELU), 500, Optimizer.SGD, 0.1, 0, 32, 5, false));
        Problems problems = new Problems();
        assertThat(SpecTree.bind(SpecTree.toTree(s), ArchitectureSearchSpec.class, "", problems)).isEqualTo(s);
    }

    @Test
    void badValuesAreReportedWithTheirPaths() {
        String json = """
                { "candidates": ["relu", "prelu", "relu"], "alphaOptimizer": "momentum", "alphaLearningRate": 0,
                  "publishEvery": 0 }
                """;
        Loaded<ArchitectureSearchSpec> loaded = SpecJson.read(json, "search.json", ArchitectureSearchSpec.class);
        assertThat(loaded.value()).isNull();
        assertThat(loaded.problems()).extracting(p -> p.path())
                .contains("candidates[1]", "candidates[2]", "alphaOptimizer", "alphaLearningRate", "publishEvery");
        Problems few = new ArchitectureSearchSpec(List.of(Activation.RELU), 0, Optimizer.ADAM, 3e-3, 0, 0, 1, true)
                .problems("search");
        assertThat(few.toString()).contains("search.candidates").contains("2 to 8");
    }
}
