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

    @Test
    void diagnoseWithTrainDevReadsValidationAsTrainDevAndNamesEachRungOnlyWhereItIsTheGap(@TempDir Path dir)
            throws Exception {
        // validation plays train-dev, test plays the development data from the new source (data.testNoise)
        Files.writeString(dir.resolve("summary.json"), """
                { "state": "finished", "variants": [
                  { "variant": "same", "trainAccuracy": 1.0, "validationAccuracy": 0.998, "testAccuracy": 0.997 },
                  { "variant": "mismatch", "trainAccuracy": 1.0, "validationAccuracy": 0.996, "testAccuracy": 0.80 },
                  { "variant": "underfit", "trainAccuracy": 0.80, "validationAccuracy": 0.79, "testAccuracy": 0.79 },
                  { "variant": "overfit", "trainAccuracy": 1.0, "validationAccuracy": 0.90, "testAccuracy": 0.89 }
                ] }
                """);
        CliHarness.Result r = CliHarness.run("diagnose", "--run", dir.toString(), "--human-error", "0", "--train-dev");
        assertThat(r.exit()).as(r.err()).isZero();
        java.util.Map<String, String> byVariant = new java.util.HashMap<>();
        for (String part : r.out().split("variant ")) {
            if (!part.isBlank()) {
                byVariant.put(part.substring(0, part.indexOf(':')), part);
            }
        }
        assertThat(byVariant.get("mismatch")).contains("train-dev 0.40 %, development 20.00 %")
                .contains("data mismatch 19.60 pp").contains("Reduce data mismatch").contains("Synthesize dev-like data");
        assertThat(byVariant.get("same")).contains("Close to human level").doesNotContain("Reduce data mismatch");
        assertThat(byVariant.get("underfit")).contains("Reduce avoidable bias").contains("Bigger model")
                .doesNotContain("Reduce data mismatch").doesNotContain("Reduce variance");
        assertThat(byVariant.get("overfit")).contains("Reduce variance").contains("Dropout")
                .doesNotContain("Reduce data mismatch").doesNotContain("Reduce avoidable bias");
        assertThat(byVariant.get("mismatch")).doesNotContain("Reduce variance").doesNotContain("Reduce avoidable bias");
        // without the flag the same jump is read as variance, and no train-dev rung is named
        CliHarness.Result plain = CliHarness.run("diagnose", "--run", dir.toString(), "--human-error", "0");
        assertThat(plain.out()).doesNotContain("train-dev").doesNotContain("data mismatch");
        // --train-dev needs a test part to read as the development data
        Files.writeString(dir.resolve("summary.json"), """
                { "state": "finished", "variants": [
                  { "variant": "a", "trainAccuracy": 1.0, "validationAccuracy": 0.99, "testAccuracy": null } ] }
                """);
        assertThat(CliHarness.run("diagnose", "--run", dir.toString(), "--human-error", "0", "--train-dev").out())
                .contains("variant a: no test accuracy");
    }

    @Test
    void diagnoseCountsAGapWithinTheNoiseOfTheSetsSizesAsNoGap(@TempDir Path dir) throws Exception {
        // the same errors on a few hundred points and on tens of thousands
        Files.writeString(dir.resolve("summary.json"), """
                { "state": "finished", "variants": [
                  { "variant": "small", "trainAccuracy": 0.997, "validationAccuracy": 0.98, "testAccuracy": 0.93,
                    "trainSize": 240, "validationSize": 80, "testSize": 80 },
                  { "variant": "big", "trainAccuracy": 0.997, "validationAccuracy": 0.98, "testAccuracy": 0.93,
                    "trainSize": 24000, "validationSize": 8000, "testSize": 8000 } ] }
                """);
        CliHarness.Result r = CliHarness.run("diagnose", "--run", dir.toString(), "--human-error", "1%");
        assertThat(r.exit()).as(r.err()).isZero();
        String small = r.out().substring(r.out().indexOf("variant small:"), r.out().indexOf("variant big:"));
        String big = r.out().substring(r.out().indexOf("variant big:"));
        assertThat(small).contains("No gap beyond the noise").contains("within the noise of sets this size")
                .doesNotContain("may have been overfitted");
        assertThat(big).contains("Reduce variance").contains("may have been overfitted");
    }

    @Test
    void aRunFolderGivesEachSetsSizeForTheDiagnosis(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliHarness.Result run = CliHarness.run("run", "--spec", "assets/workbenches/ten-layers.json", "--no-variants",
                "--iterations", "20", "--quiet", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("summary.json")))
                .contains("\"trainSize\" : 300").contains("\"validationSize\" : 100").contains("\"testSize\" : 100");
    }
}
