package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.SpecJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchAndDiagnoseCommandTest {



    @Test
    void aGridSearchWritesOneRowPerConfigurationAndTheBestSpec(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, """
                { "data": { "dataset": "circle", "samples": 300 },
                  "training": { "batchSize": 16, "iterations": 150 } }
                """);
        Path space = dir.resolve("space.json");
        Files.writeString(space, """
                { "dimensions": [
                    { "path": "training.learningRate", "values": [0.0001, 0.03] },
                    { "path": "network.hidden[*].units", "values": [4, 16] } ] }
                """);
        Path out = dir.resolve("out");
        CliHarness.Result r = CliHarness.run("search", "--spec", spec.toString(), "--space", space.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(out.resolve("results.csv"));
        assertThat(rows.get(0)).startsWith("index,training.learningRate,network.hidden[*].units,state,");
        assertThat(rows).hasSize(5);
        assertThat(r.err()).contains("[4/4]").contains("best: ");
        Loaded<RunSpec> best = SpecJson.read(out.resolve("best-spec.json"), RunSpec.class);
        assertThat(best.problems()).isEmpty();
        assertThat(best.value().training().learningRate()).isEqualTo(0.03);
    }

    @Test
    void theBudgetCapsTheRuns(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, "{ \"training\": { \"iterations\": 20 } }");
        Path space = dir.resolve("space.json");
        Files.writeString(space, """
                { "random": true, "seed": 4,
                  "dimensions": [ { "path": "training.learningRate", "min": 0.0001, "max": 0.1, "log": true } ] }
                """);
        CliHarness.Result r = CliHarness.run("search", "--spec", spec.toString(), "--space", space.toString(), "--budget", "3", "--out",
                dir.resolve("out").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/results.csv"))).hasSize(4);
    }

    @Test
    void aBadSpaceNamesItsPlace(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, "{}");
        Path space = dir.resolve("space.json");
        Files.writeString(space, "{ \"dimensions\": [ { \"path\": \"training.learningRate\", \"mni\": 1 } ] }");
        CliHarness.Result r = CliHarness.run("search", "--spec", spec.toString(), "--space", space.toString(), "--out", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("dimensions[0].mni: unknown field 'mni' (did you mean 'min'?)");
    }

    @Test
    void diagnoseReadsARunFolder(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, "{ \"data\": { \"dataset\": \"gaussians\" }, \"training\": { \"iterations\": 300 } }");
        Path out = dir.resolve("run");
        assertThat(CliHarness.run("run", "--spec", spec.toString(), "--out", out.toString(), "--quiet").exit()).isZero();
        CliHarness.Result r = CliHarness.run("diagnose", "--run", out.toString(), "--human-error", "1%");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("human-level error 1.00 %").contains("avoidable bias").contains("variance");
        assertThat(CliHarness.run("diagnose", "--run", dir.resolve("nothing").toString(), "--human-error", "0.01").exit())
                .isEqualTo(2);
        assertThat(CliHarness.run("diagnose", "--run", out.toString(), "--human-error", "150%").err())
                .contains("must be between 0 and 1");
    }
}
