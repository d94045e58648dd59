package dev.deepforward.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecTreeTest {

    private static Problems bindRun(Object tree) {
        Problems problems = new Problems();
        SpecTree.bind(tree, RunSpec.class, "", problems);
        return problems;
    }

    @Test
    void aRichSpecSurvivesTheTreeRoundTrip() {
        RunSpec rich = SpecFixtures.richSpec();
        Problems problems = new Problems();
        RunSpec back = SpecTree.bind(SpecTree.toTree(rich), RunSpec.class, "", problems);
        assertThat(problems.list()).isEmpty();
        assertThat(back).isEqualTo(rich);
    }

    @Test
    void missingFieldsTakeTheirDefaults() {
        Problems problems = new Problems();
        RunSpec spec = SpecTree.bind(Map.of("name", "tiny", "training", Map.of("learningRate", 0.5)),
                RunSpec.class, "", problems);
        assertThat(problems.list()).isEmpty();
        assertThat(spec.training().learningRate()).isEqualTo(0.5);
        assertThat(spec.training().optimizer()).isEqualTo(OptimizerSpec.defaults());
        assertThat(spec.network()).isEqualTo(NetworkSpec.defaults());
        assertThat(spec.seed()).isEqualTo(RunSpec.defaults().seed());
    }

    @Test
    void unknownFieldsAreErrorsWithASuggestion() {
        Problems problems = bindRun(Map.of("network", Map.of("hiden", List.of())));
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("network.hiden");
            assertThat(p.message()).startsWith("unknown field 'hiden' (did you mean 'hidden'?)");
        });
    }

    @Test
    void misspeltEnumValuesGetASuggestionAndTheAllowedValues() {
        Problems problems = bindRun(Map.of("network", Map.of("hidden", List.of(Map.of("activation", "sigmiod")))));
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("network.hidden[0].activation");
            assertThat(p.message()).contains("unknown value 'sigmiod' (did you mean 'sigmoid'?)").contains("leaky_relu");
        });
    }

    @Test
    void wrongTypesAreNamed() {
        Problems problems = bindRun(Map.of(
                "seed", "forty-two",
                "data", Map.of("normalize", "yes", "samples", 2.5),
                "network", Map.of("hidden", Map.of()),
                "training", Map.of("batchSize", List.of())));
        assertThat(problems.list()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "seed: expected a whole number, found text 'forty-two'",
                "data.normalize: expected true or false, found text 'yes'",
                "data.samples: expected a whole number, found 2.5",
                "network.hidden: expected a list, found an object",
                "training.batchSize: expected a whole number, found a list");
    }

    @Test
    void integralDoublesAreAcceptedAsWholeNumbers() {
        Problems problems = new Problems();
        RunSpec spec = SpecTree.bind(Map.of("training", Map.of("batchSize", 32.0)), RunSpec.class, "", problems);
        assertThat(problems.list()).isEmpty();
        assertThat(spec.training().batchSize()).isEqualTo(32);
        assertThat(bindRun(Map.of("training", Map.of("batchSize", 1e12))).list()).extracting(Problem::message)
                .singleElement().asString().startsWith("number out of range");
    }

    @Test
    void nullForAPrimitiveIsAnError() {
        Map<String, Object> data = new java.util.HashMap<>();
        data.put("samples", null);
        assertThat(bindRun(Map.of("data", data)).list()).extracting(Problem::toString)
                .containsExactly("data.samples: must not be null");
    }

    @Test
    void requiredFieldsOfRecordsWithoutDefaultsAreReported() {
        Problems problems = new Problems();
        SpecTree.bind(Map.of("set", Map.of()), Variant.class, "variants[0]", problems);
        assertThat(problems.list()).extracting(Problem::toString)
                .containsExactly("variants[0].name: missing required field 'name'");
    }

    @Test
    void mergePatchesObjectsAndReplacesLists() {
        Object base = SpecTree.toTree(RunSpec.defaults());
        Object patched = SpecTree.merge(base, Map.of("training", Map.of("learningRate", 0.3),
                "network", Map.of("hidden", List.of(Map.of("units", 4)))));
        Problems problems = new Problems();
        RunSpec spec = SpecTree.bind(patched, RunSpec.class, "", problems);
        assertThat(problems.list()).isEmpty();
        assertThat(spec.training().learningRate()).isEqualTo(0.3);
        assertThat(spec.training().batchSize()).isEqualTo(RunSpec.defaults().training().batchSize());
        assertThat(spec.network().hidden()).containsExactly(LayerSpec.defaults().withUnits(4));
        // the base tree is untouched
        assertThat(SpecTree.bind(base, RunSpec.class, "", new Problems())).isEqualTo(RunSpec.defaults());
    }
}
