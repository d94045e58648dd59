package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    private static final String SPIRAL = """
            { "name": "cli spiral", "seed": 3,
              "data": { "dataset": "spiral", "samples": 300 },
              "network": { "hidden": [ { "units": 8 }, { "units": 8 } ] },
              "training": { "batchSize": 10, "iterations": 200 } }
            """;



    @Test
    void aRunWritesEveryIterationEveryEpochAndASummary(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, SPIRAL);
        Path out = dir.resolve("out");
        CliHarness.Result r = CliHarness.run("run", "--spec", spec.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("200/200 it").contains("run: finished after 200 iterations");

        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        assertThat(metrics.get(0)).isEqualTo("variant,iteration,epoch,loss,lr,grad_norm_1,grad_norm_2,grad_norm_3");
        assertThat(metrics).hasSize(201);
        String[] last = metrics.get(200).split(",", -1);
        assertThat(last[1]).isEqualTo("200");
        assertThat(Double.parseDouble(last[5])).isPositive();

        List<String> epochs = Files.readAllLines(out.resolve("epochs.csv"));
        assertThat(epochs.get(0)).isEqualTo("variant,epoch,iteration,train_loss,train_accuracy,val_loss,val_accuracy");
        // 300 points, 60 % for training = 180, batch 10: 18 iterations an epoch, 11 full epochs in 200
        assertThat(epochs).hasSize(12);

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("state").asText()).isEqualTo("finished");
        JsonNode v = summary.get("variants").get(0);
        assertThat(v.get("iterations").asLong()).isEqualTo(200);
        assertThat(v.get("testAccuracy").asDouble()).isBetween(0.0, 1.0);
        assertThat(v.get("spec").get("seed").asLong()).isEqualTo(3);
    }

    @Test
    void theBackendOptionChoosesTheKernelsAndTheSummaryRecordsThem(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, SPIRAL);
        try {
            CliHarness.Result nd4j = CliHarness.run("run", "--spec", spec.toString(), "--iterations", "30", "--quiet",
                    "--backend", "nd4j", "--out", dir.resolve("n").toString());
            assertThat(nd4j.exit()).as(nd4j.err()).isZero();
            JsonNode n = new ObjectMapper().readTree(dir.resolve("n").resolve("summary.json").toFile());
            assertThat(n.get("variants").get(0).get("backend").asText()).isEqualTo("nd4j");

            CliHarness.Result auto = CliHarness.run("run", "--spec", spec.toString(), "--iterations", "30", "--quiet",
                    "--out", dir.resolve("a").toString());
            assertThat(auto.exit()).as(auto.err()).isZero();
            JsonNode a = new ObjectMapper().readTree(dir.resolve("a").resolve("summary.json").toFile());
            // auto keeps a small network on the direct kernels on the CPU
            assertThat(a.get("variants").get(0).get("backend").asText()).isEqualTo("direct");
            // same losses within float rounding
            assertThat(n.get("variants").get(0).get("trainLoss").asDouble())
                    .isCloseTo(a.get("variants").get(0).get("trainLoss").asDouble(), org.assertj.core.data.Offset.offset(1e-3));

            CliHarness.Result bad = CliHarness.run("run", "--spec", spec.toString(), "--backend", "gpu",
                    "--out", dir.resolve("b").toString());
            assertThat(bad.exit()).isEqualTo(2);
            assertThat(bad.err()).contains("unknown backend 'gpu'");
        } finally {
            dev.deepforward.engine.Backend.setProcessDefault(dev.deepforward.engine.Backend.AUTO);
        }
    }

    @Test
    void seedOnTheCommandLineReplacesTheSpecsSeedAndChangesTheRun(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, SPIRAL);
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        CliHarness.Result ra = CliHarness.run("run", "--spec", spec.toString(), "--iterations", "20", "--quiet",
                "--out", a.toString());
        CliHarness.Result rb = CliHarness.run("run", "--spec", spec.toString(), "--iterations", "20", "--quiet",
                "--seed", "11", "--out", b.toString());
        assertThat(ra.exit()).as(ra.err()).isZero();
        assertThat(rb.exit()).as(rb.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(b.resolve("summary.json").toFile());
        assertThat(summary.get("variants").get(0).get("spec").get("seed").asLong()).isEqualTo(11);
        assertThat(Files.readAllLines(b.resolve("metrics.csv"))).isNotEqualTo(Files.readAllLines(a.resolve("metrics.csv")));
    }

    @Test
    void variantsShareTheFiles(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, SPIRAL);
        Path variants = dir.resolve("variants.json");
        Files.writeString(variants, """
                [ { "name": "relu" },
                  { "name": "sigmoid", "set": { "network.hidden[*].activation": "sigmoid" } } ]
                """);
        Path out = dir.resolve("out");
        CliHarness.Result r = CliHarness.run("run", "--spec", spec.toString(), "--variants", variants.toString(), "--iterations", "50",
                "--out", out.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        assertThat(metrics).hasSize(101);
        assertThat(metrics.stream().filter(l -> l.startsWith("sigmoid,")).count()).isEqualTo(50);
        // --quiet says nothing about runs that finished; summary.json does
        assertThat(r.err()).isEmpty();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("variants").findValuesAsText("state")).containsExactly("finished", "finished");
    }

    @Test
    void aDivergingRunExitsZeroAndSaysWhere(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, """
                { "data": { "dataset": "plane" },
                  "network": { "hidden": [ { "units": 16, "activation": "tanh", "init": "xavier_normal" } ] },
                  "training": { "loss": "mse", "optimizer": { "kind": "sgd" }, "learningRate": 20, "iterations": 500 } }
                """);
        Path out = dir.resolve("out");
        CliHarness.Result r = CliHarness.run("run", "--spec", spec.toString(), "--out", out.toString(), "--quiet");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("run: diverged — ");
        JsonNode v = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("variants").get(0);
        assertThat(v.get("state").asText()).isEqualTo("diverged");
        assertThat(v.get("divergence").get("iteration").asLong()).isPositive();
    }

    @Test
    void aBadSpecIsAClearErrorWithItsPlace(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("bad.json");
        Files.writeString(spec, "{\n  \"training\": { \"batchSize\": 0 }\n}\n");
        CliHarness.Result r = CliHarness.run("run", "--spec", spec.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(spec + ":2:17: training.batchSize: must be between 1 and 65536 (is 0)");
        Path badVariants = dir.resolve("v.json");
        Files.writeString(badVariants, "[ { \"nmae\": \"x\" } ]");
        Files.writeString(spec, SPIRAL);
        CliHarness.Result v = CliHarness.run("run", "--spec", spec.toString(), "--variants", badVariants.toString(), "--out",
                dir.resolve("out").toString());
        assertThat(v.exit()).isEqualTo(2);
        assertThat(v.err()).contains("[0].nmae: unknown field 'nmae' (did you mean 'name'?)");
    }
}
