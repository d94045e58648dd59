package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} of the shipped ten-layers file: its figures are readable, it says how to get the comparison the
 * README's picture shows, and the example it gives trains sigmoid against ReLU; files and options out of range
 * or of the wrong kind say what would be right.
 */
class RunSaysHowToCompareTest {

    private static final Path TEN_LAYERS = Path.of("assets", "workbenches", "ten-layers.json");

    @Test
    void aSingleRunPrintsItsFiguresWithFourSignificantDigitsAndSaysHowToCompare(@TempDir Path dir) throws Exception {
        CliHarness.Result r = CliHarness.run("run", "--spec", TEN_LAYERS.toString(), "--iterations", "30",
                "--out", dir.resolve("one").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Matcher m = Pattern.compile("test accuracy (\\S+), test loss (\\S+)").matcher(r.err());
        assertThat(m.find()).as(r.err()).isTrue();
        for (String figure : new String[] {m.group(1), m.group(2)}) {
            assertThat(figure.replaceAll("^0\\.0*", "").replace(".", "")).as(figure).hasSizeLessThanOrEqualTo(4);
        }
        assertThat(r.err()).contains("one design trained").contains("--variants FILE")
                .contains(RunCommand.EXAMPLE_VARIANTS).contains("press C");
        // the full figure is still in summary.json
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("one").resolve("summary.json").toFile());
        assertThat(summary.get("variants").get(0).get("testLoss").asText()).hasSizeGreaterThan(8);
    }

    @Test
    void theExampleVariantsItGivesTrainSigmoidAndReluSideBySide(@TempDir Path dir) throws Exception {
        Path variants = Files.writeString(dir.resolve("sigmoid-vs-relu.json"), RunCommand.EXAMPLE_VARIANTS);
        CliHarness.Result r = CliHarness.run("run", "--spec", TEN_LAYERS.toString(), "--variants", variants.toString(),
                "--iterations", "20", "--out", dir.resolve("two").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("variant sigmoid: finished").contains("variant ReLU: finished")
                .doesNotContain("one design trained");
        CliHarness.Result help = CliHarness.run("run", "--help");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("To compare sigmoid with ReLU:");
    }

    @Test
    void anIterationCountOutOfRangeSaysTheRange(@TempDir Path dir) {
        for (String n : new String[] {"1000000000000", "0", "200000000"}) {
            CliHarness.Result r = CliHarness.run("run", "--spec", TEN_LAYERS.toString(), "--iterations", n,
                    "--out", dir.resolve("x").toString());
            assertThat(r.exit()).as(n).isEqualTo(2);
            assertThat(r.err()).as(n).contains("'" + n + "' is out of range: a whole number from 1 to 100,000,000")
                    .doesNotContain("is not an int");
        }
    }

    @Test
    void aUnitCountOutOfRangeInAFileSaysTheFieldsRange(@TempDir Path dir) throws Exception {
        Path wb = Files.writeString(dir.resolve("huge.dfw"), Files.readString(TEN_LAYERS)
                .replaceFirst("\"units\": 16", "\"units\": 1000000000000"));
        CliHarness.Result r = CliHarness.run("run", "--spec", wb.toString(), "--out", dir.resolve("x").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("spec.network.hidden[0].units: must be between 1 and 4096 (is 1000000000000)");
    }

    @Test
    void aCsvTableGivenAsTheSpecSaysWhereCsvDataGoes(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("points.csv"), "x,y,label\n0.1,0.2,0\n0.3,0.4,1\n");
        CliHarness.Result r = CliHarness.run("run", "--spec", csv.toString(), "--out", dir.resolve("x").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(csv + ":1:1: a CSV table").contains("Data → Import… → CSV table…")
                .contains("\"dataset\": \"csv\", \"file\": \"points.csv\"").doesNotContain("not valid JSON");
    }
}
