package dev.deepforward.spec.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.RunSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecJsonTest {

    @Test
    void aSpecRoundTripsThroughJsonText() {
        RunSpec rich = dev.deepforward.spec.SpecFixtures.richSpec();
        String json = SpecJson.write(rich);
        Loaded<RunSpec> back = SpecJson.read(json, "rich.json", RunSpec.class);
        assertThat(back.problems()).isEmpty();
        assertThat(back.value()).isEqualTo(rich);
        assertThat(json).contains("\"activation\" : \"leaky_relu\"").doesNotContain("\"alpha\" : null");
    }

    @Test
    void problemsNameFileLineColumnAndPath() {
        String text = """
                {
                  "name": "broken",
                  "network": {
                    "hidden": [
                      { "units": 16 },
                      { "unit": 8, "activation": "sigmiod" }
                    ]
                  },
                  "training": { "learningRate": -1 }
                }
                """;
        Loaded<RunSpec> loaded = SpecJson.read(text, "broken.json", RunSpec.class);
        assertThat(loaded.value()).isNull();
        assertThat(loaded.problems()).extracting(FileProblem::toString).containsExactly(
                "broken.json:6:9: network.hidden[1].unit: unknown field 'unit' (did you mean 'units'?); allowed: "
                        + "kind, units, activation, alpha, pieces, init, initScale, batchNorm, dropout, frozen",
                "broken.json:6:20: network.hidden[1].activation: unknown value 'sigmiod' (did you mean 'sigmoid'?); "
                        + "one of: sigmoid, tanh, relu, leaky_relu, prelu, elu, abs, maxout, selu, gelu, softplus, identity");
    }

    @Test
    void validationProblemsAreLocatedToo() {
        String text = "{\n  \"training\": {\n    \"learningRate\": -1,\n    \"batchSize\": 0\n  }\n}\n";
        Loaded<RunSpec> loaded = SpecJson.read(text, "t.json", RunSpec.class);
        assertThat(loaded.problems()).extracting(FileProblem::toString).containsExactly(
                "t.json:3:5: training.learningRate: must be above 0 and at most 100 (is -1)",
                "t.json:4:5: training.batchSize: must be between 1 and 65536 (is 0)");
    }

    @Test
    void syntaxErrorsAndDuplicatesAreReportedWithTheirPlace() {
        Loaded<RunSpec> syntax = SpecJson.read("{\n  \"name\": \"x\",\n  \"seed\": 4 2\n}", "s.json", RunSpec.class);
        assertThat(syntax.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("s.json");
            assertThat(p.location().line()).isEqualTo(3);
            // In a student's words, not the parser's ("was expecting comma to separate Object entries").
            assertThat(p.path()).isEqualTo("seed");
            assertThat(p.message()).isEqualTo("a comma (,) is missing after the value of \"seed\": found '2' where a , or } belongs");
        });
        Loaded<RunSpec> dup = SpecJson.read("{\"seed\": 1,\n \"seed\": 2}", "d.json", RunSpec.class);
        assertThat(dup.problems()).extracting(FileProblem::toString)
                .containsExactly("d.json:2:2: seed: field 'seed' is given twice");
        Loaded<RunSpec> empty = SpecJson.read("  ", "e.json", RunSpec.class);
        assertThat(empty.problems()).extracting(FileProblem::toString)
                .containsExactly("e.json:1:1: the file is empty; expected a JSON object");
        Loaded<RunSpec> trailing = SpecJson.read("{} {}", "t.json", RunSpec.class);
        assertThat(trailing.problems()).extracting(FileProblem::message)
                .containsExactly("unexpected content after the end of the document");
    }

    @Test
    void commentsAreAllowedForAuthors() {
        Loaded<RunSpec> loaded = SpecJson.read("{ // the default spiral\n \"seed\": 3 /* any seed */ }", "c.json",
                RunSpec.class);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value().seed()).isEqualTo(3);
    }

    @Test
    void unreadableFilesGiveOneProblem(@TempDir Path dir) throws Exception {
        assertThat(SpecJson.read(dir.resolve("missing.json"), RunSpec.class).problems())
                .extracting(FileProblem::message).containsExactly("no such file");
        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        assertThat(SpecJson.read(binary, RunSpec.class).problems())
                .extracting(FileProblem::message).containsExactly("is not UTF-8 text");
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "[".repeat(500) + "]".repeat(500));
        assertThat(SpecJson.read(deep, RunSpec.class).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid JSON"));
    }
}
