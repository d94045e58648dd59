package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --spec} takes the workbench files that ship and that File > Save writes, and sends lessons on. */
class RunWorkbenchFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyShippedWorkbenchFileRuns(@TempDir Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("assets", "workbenches"))) {
            files = s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".dfw")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            Path out = dir.resolve(f.getFileName().toString());
            CliHarness.Result r = CliHarness.run("run", "--spec", f.toString(), "--iterations", "20",
                    "--out", out.toString(), "--quiet");
            assertThat(r.exit()).as(f + ": " + r.err()).isZero();
            assertThat(r.err()).as(f.toString()).isEmpty();
            JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
            assertThat(summary.get("state").asText()).as(f.toString()).isEqualTo("finished");
            assertThat(summary.get("variants").get(0).get("iterations").asLong()).isEqualTo(20);
        }
    }

    @Test
    void aWorkbenchWithVariantsTrainsThemSideBySideAndSaysSo(@TempDir Path dir) throws Exception {
        Path wb = withVariants(dir);
        CliHarness.Result r = CliHarness.run("run", "--spec", wb.toString(), "--iterations", "10",
                "--out", dir.resolve("out").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains(wb + ": a workbench file; training its design with its 2 variants side by side"
                + " (--no-variants trains the design alone)");
        JsonNode summary = JSON.readTree(dir.resolve("out").resolve("summary.json").toFile());
        assertThat(summary.get("variants")).hasSize(2);
        assertThat(summary.get("variants").get(1).get("variant").asText()).isEqualTo("ReLU");

        CliHarness.Result alone = CliHarness.run("run", "--spec", wb.toString(), "--iterations", "10",
                "--no-variants", "--quiet", "--out", dir.resolve("alone").toString());
        assertThat(alone.exit()).as(alone.err()).isZero();
        assertThat(JSON.readTree(dir.resolve("alone").resolve("summary.json").toFile()).get("variants")).hasSize(1);
    }

    @Test
    void aProblemInAWorkbenchFileNamesItsLineAndPath(@TempDir Path dir) throws Exception {
        Path wb = dir.resolve("bad.dfw");
        Files.writeString(wb, Files.readString(Path.of("assets", "workbenches", "ten-layers.json"))
                .replace("\"learningRate\": 0.03", "\"learningRat\": 0.03"));
        CliHarness.Result r = CliHarness.run("run", "--spec", wb.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(wb + ":").contains("spec.training").contains("learningRat")
                .doesNotContain("unknown field 'format'").doesNotContain("unknown field 'spec'");
    }

    @Test
    void aLessonFileIsSentToTheCommandsThatTakeIt(@TempDir Path dir) throws Exception {
        Path lesson = Path.of("lessons", "07-batch-normalization.json");
        CliHarness.Result r = CliHarness.run("run", "--spec", lesson.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("this is a lesson file")
                .contains("deepforward lesson check " + lesson).contains("open it in the window")
                .doesNotContain("unknown field");
    }

    private static Path withVariants(Path dir) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Path.of("assets", "workbenches", "ten-layers.json").toFile());
        var variants = root.putArray("variants");
        variants.addObject().put("name", "sigmoid").put("description", "as designed").putObject("set");
        variants.addObject().put("name", "ReLU").put("description", "ReLU everywhere")
                .putObject("set").put("network.hidden[*].activation", "relu");
        Path wb = dir.resolve("with variants.dfw");
        Files.writeString(wb, JSON.writeValueAsString(root));
        return wb;
    }
}
