package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {



    @Test
    void theShippedLessonsAreValid() {
        CliHarness.Result r = CliHarness.run("validate", "lessons");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("no problems");
    }

    @Test
    void aBrokenFileIsReportedWithFileLineColumnPathAndMessage(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("broken.json");
        Files.writeString(spec, "{\n  \"data\": { \"dataset\": \"spirall\" },\n  \"network\": {\n"
                + "    \"hidden\": [ { \"unit\": 8 } ]\n  }\n}\n");
        CliHarness.Result r = CliHarness.run("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(spec + ":4:19: network.hidden[0].unit: unknown field 'unit' (did you mean 'units'?)");
        assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(spec.toString())
                + ":2:\\d+: data.dataset: .*spirall.*");
        assertThat(r.out()).contains("1 file checked");
    }

    @Test
    void aVariantsFileIsCheckedAsTheListOfVariantsThatRunReads(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, """
                [ { "name": "relu" },
                  { "name": "sigmoid", "set": { "network.hidden[*].activation": "sigmoid",
                                                "network.hidden[3].units": 8 } } ]
                """);
        CliHarness.Result ok = CliHarness.run("validate", good.toString());
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("1 file checked (0 lessons, 0 specs, 1 variants file): no problems");

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                [ { "name": "a", "set": { "network.hidden[*].activaton": "sigmoid" } },
                  { "name": "a", "set": { "training.learningRate": -1 } } ]
                """);
        CliHarness.Result r = CliHarness.run("validate", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("activaton").contains("used twice").contains("learningRate");
    }

    @Test
    void aMissingPathIsAProblemNotACrash(@TempDir Path dir) {
        CliHarness.Result r = CliHarness.run("validate", dir.resolve("nope.json").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("nope.json");
    }

    @Test
    void helpDescribesTheCommand() {
        CliHarness.Result r = CliHarness.run("validate", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("file:line:column: path: message");
    }
}
