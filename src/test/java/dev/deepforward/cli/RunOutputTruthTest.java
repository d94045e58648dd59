package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepforward.engine.run.MetricRows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code run --out} leaves behind tells the truth: about how far the run got, and cell by cell. */
class RunOutputTruthTest {

    private static final String SPIRAL = """
            { "name": "truth", "seed": 3,
              "data": { "dataset": "spiral", "samples": 300 },
              "network": { "hidden": [ { "units": 8 }, { "units": 8 } ] },
              "training": { "batchSize": 10, "iterations": %d } }
            """;

    @TempDir
    Path dir;

    private Path spec(long iterations) throws Exception {
        Path spec = dir.resolve("spec-" + iterations + ".json");
        Files.writeString(spec, SPIRAL.formatted(iterations));
        return spec;
    }

    private static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void aKilledRunInTheFolderOfAFinishedOneLeavesAFolderThatSaysRunningWithWholeRowsOnly() throws Exception {
        Path out = dir.resolve("out");
        CliHarness.Result first = CliHarness.run("run", "--spec", spec(200).toString(), "--out", out.toString(), "--quiet");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(json(out.resolve("summary.json")).get("state").asText()).isEqualTo("finished");

        // The same folder, a long run in a child JVM, killed once it has written rows.
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.deepforward.Launcher", "run",
                "--spec", spec(5_000_000).toString(), "--every", "1", "--out", out.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path metrics = out.resolve("metrics.csv");
            dev.deepforward.Waits.within(10,
                    () -> Files.exists(metrics) && Files.size(metrics) > 100_000 || !child.isAlive());
            assertThat(child.isAlive()).as("the long run still training").isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        JsonNode summary = json(out.resolve("summary.json"));
        assertThat(summary.get("state").asText()).as("not the earlier run's 'finished'").isEqualTo("running");
        assertThat(summary.get("variants")).isEmpty();
        assertThat(summary.get("provenance").get("started").asText()).isNotEmpty();
        for (String name : List.of("metrics.csv", "epochs.csv")) {
            byte[] bytes = Files.readAllBytes(out.resolve(name));
            assertThat(bytes[bytes.length - 1]).as(name + " ends at the end of a row").isEqualTo((byte) '\n');
            List<String> rows = List.of(new String(bytes, StandardCharsets.UTF_8).split("\n"));
            int cells = rows.get(0).split(",", -1).length;
            assertThat(rows).as(name + ": every row whole").allSatisfy(r -> assertThat(r.split(",", -1)).hasSize(cells));
        }
        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        assertThat(metrics.size()).as("the long run's rows, not the earlier 200").isGreaterThan(201);
        assertThat(metrics.get(1)).startsWith(",1,0,");
    }

    @Test
    void aFinishedRunReplacesTheRunningSummaryWithTheFinalOne() throws Exception {
        Path out = dir.resolve("out");
        CliHarness.Result r = CliHarness.run("run", "--spec", spec(40).toString(), "--out", out.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode summary = json(out.resolve("summary.json"));
        assertThat(summary.get("state").asText()).isEqualTo("finished");
        assertThat(summary.get("variants")).hasSize(1);
        assertThat(summary.get("provenance").get("app").asText()).startsWith("DeepForward Workbench ");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("epochs.csv", "metrics.csv", "summary.json");
        }
    }

    @Test
    void theFinalSummarySaysEachVariantsComputingTimeExamplesPerSecondAndTimePerEpoch() throws Exception {
        Path out = dir.resolve("out");
        Path variants = dir.resolve("variants.json");
        Files.writeString(variants, "[{\"name\": \"a\"}, {\"name\": \"b\", \"set\": {\"training.batchSize\": 20}}]");
        // 300 samples, 180 of them for training: 100 steps are 5 whole epochs at batch 10, 11 at batch 20.
        CliHarness.Result r = CliHarness.run("run", "--spec", spec(100).toString(), "--variants", variants.toString(),
                "--out", out.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode summary = json(out.resolve("summary.json"));
        assertThat(summary.get("state").asText()).isEqualTo("finished");
        for (JsonNode v : summary.get("variants")) {
            double seconds = v.get("trainingSeconds").asDouble();
            double examplesPerSecond = v.get("examplesPerSecond").asDouble();
            double perEpoch = v.get("secondsPerEpoch").asDouble();
            long examples = 100L * v.get("spec").get("training").get("batchSize").asLong();
            assertThat(seconds).as(v.get("variant").asText()).isPositive();
            // The speed is over the steps alone, the time holds the evaluations too: never fewer examples.
            assertThat(examplesPerSecond * seconds).as(v.get("variant").asText()).isGreaterThanOrEqualTo(examples * 0.999);
            assertThat(perEpoch).as(v.get("variant").asText()).isPositive().isLessThan(seconds);
        }
        // The page that describes the folder names every field a variant has, and every top-level one.
        String row = Files.readAllLines(Path.of("src/site/markdown/commands.md")).stream()
                .filter(l -> l.startsWith("| `summary.json` |")).findFirst().orElseThrow();
        List<String> fields = new java.util.ArrayList<>();
        summary.fieldNames().forEachRemaining(fields::add);
        summary.get("variants").get(0).fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            if (!List.of("trainLoss", "trainAccuracy", "validationLoss", "validationAccuracy", "testLoss",
                    "testAccuracy").contains(field)) { // "train/validation/test loss and accuracy"
                assertThat(row).as(field).contains("`" + field + "`");
            }
        }
    }

    @Test
    void theSummarySaysWhichAppAndBackendMadeItWhenAndFromWhichBytesOfData() throws Exception {
        StringBuilder csv = new StringBuilder("x,y,label\n");
        for (int i = 0; i < 120; i++) {
            csv.append(i % 7).append(',').append(i % 5).append(',').append(i % 2 == 0 ? "a" : "b").append('\n');
        }
        Path data = dir.resolve("two.csv");
        Files.writeString(data, csv);
        Path spec = dir.resolve("two.json");
        Files.writeString(spec, "{ \"name\": \"two\", \"data\": { \"dataset\": \"csv\", \"file\": \"" + data
                + "\" }, \"training\": { \"iterations\": 10 } }");
        Path out = dir.resolve("out");
        CliHarness.Result r = CliHarness.run("run", "--spec", spec.toString(), "--out", out.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode p = json(out.resolve("summary.json")).get("provenance");
        assertThat(p.get("app").asText()).isEqualTo("DeepForward Workbench development build"); // not from a jar
        assertThat(p.get("backend").asText()).startsWith("auto; ND4J ");
        java.time.Instant started = java.time.Instant.parse(p.get("started").asText());
        assertThat(java.time.Instant.parse(p.get("ended").asText())).isAfterOrEqualTo(started);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(data)));
        assertThat(p.get("dataFiles")).hasSize(1);
        assertThat(p.get("dataFiles").get(0).get("file").asText()).isEqualTo(data.toString());
        assertThat(p.get("dataFiles").get(0).get("sha256").asText()).isEqualTo(sha);
    }

    @Test
    void variantNamesThatLookLikeFormulasAreWrittenAsTextAndQuotedPerRfc4180() throws Exception {
        Path variants = dir.resolve("variants.json");
        Files.writeString(variants, """
                [ { "name": "=HYPERLINK(\\"http://x\\")" },
                  { "name": "-1, or +2", "set": { "training.learningRate": 0.01 } } ]
                """);
        Path out = dir.resolve("out");
        CliHarness.Result r = CliHarness.run("run", "--spec", spec(5).toString(), "--variants", variants.toString(),
                "--out", out.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        assertThat(metrics).hasSize(11);
        assertThat(metrics.get(1)).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",1,0,");
        assertThat(metrics).anySatisfy(l -> assertThat(l).startsWith("\"'-1, or +2\",1,0,"));
        assertThat(Files.readAllLines(out.resolve("epochs.csv"))).allSatisfy(l -> assertThat(l).doesNotStartWith("="));
    }

    @Test
    void aVariantNameWithALineBreakIsRefusedWithItsFileAndField() throws Exception {
        Path variants = dir.resolve("variants.json");
        Files.writeString(variants, "[ { \"name\": \"a\" },\n  { \"name\": \"two\\nlines\" } ]\n");
        CliHarness.Result r = CliHarness.run("run", "--spec", spec(5).toString(), "--variants", variants.toString(),
                "--out", dir.resolve("out").toString(), "--quiet");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(variants + ":2:").contains("[1].name: must not contain control characters"
                + " (U+000A at character 4)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void everyNWritesTheFirstAndEveryNthIterationsRow() throws Exception {
        Path out = dir.resolve("out");
        CliHarness.Result r = CliHarness.run("run", "--spec", spec(100).toString(), "--every", "25", "--out",
                out.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("metrics.csv")).stream().skip(1).map(l -> l.split(",")[1]))
                .containsExactly("1", "25", "50", "75", "100");
        CliHarness.Result bad = CliHarness.run("run", "--spec", spec(100).toString(), "--every", "0", "--out",
                out.toString(), "--quiet");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--every", "'0' is out of range: a whole number from 1 to 100,000,000");
    }

    @Test
    void aLongRunsMetricsAreThinnedToTheFirstAndEveryPowerOfTwoIterationLikeTheWindowsExport() {
        assertThat(MetricRows.stride(300, MetricRows.MAX_ITERATION_ROWS)).isEqualTo(1);
        assertThat(MetricRows.stride(200_000, MetricRows.MAX_ITERATION_ROWS)).isEqualTo(1);
        assertThat(MetricRows.stride(200_001, MetricRows.MAX_ITERATION_ROWS)).isEqualTo(2);
        // the largest run the spec allows: 100 million iterations → every 512th, 195,313 rows, not 9 GB
        long stride = MetricRows.stride(100_000_000, MetricRows.MAX_ITERATION_ROWS);
        assertThat(stride).isEqualTo(512);
        assertThat(100_000_000 / stride).isLessThanOrEqualTo(MetricRows.MAX_ITERATION_ROWS);
        assertThat(MetricRows.kept(1, stride)).isTrue();
        assertThat(MetricRows.kept(512, stride)).isTrue();
        assertThat(MetricRows.kept(513, stride)).isFalse();
    }
}
