package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.Activation;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.SpecJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code architecture}: the DARTS-style activation search from the command line. */
class ArchitectureCommandTest {

    private static final String SPEC = """
            { "seed": 3,
              "data": { "dataset": "circle", "samples": 400, "validationFraction": 0.25, "testFraction": 0.25 },
              "network": { "hidden": [ { "units": 8, "activation": "sigmoid" }, { "units": 8, "activation": "sigmoid" },
                                        { "units": 8, "activation": "sigmoid" } ] },
              "training": { "optimizer": { "kind": "adam" }, "learningRate": 0.01, "batchSize": 16, "iterations": 600 } }
            """;

    @Test
    void searchesEveryLayerWritesTheAlphaTrajectoryAndTheDerivedSpec(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, SPEC);
        Path settings = dir.resolve("search.json");
        Files.writeString(settings, """
                { "candidates": ["sigmoid", "relu", "identity"], "publishEvery": 50 }
                """);
        Path out = dir.resolve("out");
        CliHarness.Result r = CliHarness.run("architecture", "--spec", spec.toString(), "--search", settings.toString(),
                "--iterations", "400", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("search", "100 %", "derived: ", "retrained from scratch");

        List<String> alpha = Files.readAllLines(out.resolve("alpha.csv"));
        assertThat(alpha.get(0)).isEqualTo("iteration,layer,sigmoid,relu,identity");
        // iterations 0, 1 (the first), 50, 100, …, 400: ten snapshots of three layers, each row's weights a softmax
        assertThat(alpha).hasSize(1 + 10 * 3);
        assertThat(alpha.get(1)).startsWith("0,1,");
        for (String row : alpha.subList(1, alpha.size())) {
            String[] f = row.split(",");
            double sum = Double.parseDouble(f[2]) + Double.parseDouble(f[3]) + Double.parseDouble(f[4]);
            assertThat(sum).as(row).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        }
        assertThat(alpha.get(alpha.size() - 1)).startsWith("400,3,");

        Loaded<RunSpec> derived = SpecJson.read(out.resolve("derived-spec.json"), RunSpec.class);
        assertThat(derived.problems()).isEmpty();
        assertThat(derived.value().network().hidden()).hasSize(3).extracting(LayerSpec::activation)
                .allSatisfy(a -> assertThat(a).isIn(Set.of(Activation.SIGMOID, Activation.RELU, Activation.IDENTITY)));
        // everything but the activations is the spec that was searched
        assertThat(derived.value().training()).isEqualTo(SpecJson.read(spec, RunSpec.class).value().training());
    }

    @Test
    void badInputSaysWhatIsWrongAndWritesNothing(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, SPEC.replace("\"validationFraction\": 0.25", "\"validationFraction\": 0"));
        Path out = dir.resolve("out");
        CliHarness.Result noValidation = CliHarness.run("architecture", "--spec", spec.toString(), "--out", out.toString());
        assertThat(noValidation.exit()).isEqualTo(2);
        assertThat(noValidation.err()).contains("validation data");

        Path typo = dir.resolve("typo.json");
        Files.writeString(typo, "{ \"candidates\": [\"sigmoid\", \"relu\"], \"iteration\": 5 }");
        CliHarness.Result badSettings = CliHarness.run("architecture", "--spec", spec.toString(), "--search", typo.toString(),
                "--out", out.toString());
        assertThat(badSettings.exit()).isEqualTo(2);
        assertThat(badSettings.err()).contains(typo + ":1:", "did you mean 'iterations'");

        Files.writeString(spec, SPEC);
        CliHarness.Result badCount = CliHarness.run("architecture", "--spec", spec.toString(), "--iterations", "0",
                "--out", out.toString());
        assertThat(badCount.exit()).isEqualTo(2);
        assertThat(badCount.err()).contains("--iterations", "'0' is out of range: a whole number from 1 to 10,000,000");
        assertThat(out).doesNotExist();
    }
}
