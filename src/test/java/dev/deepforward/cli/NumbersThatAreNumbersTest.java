package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that hold something other than the numbers and objects they should are refused, saying where and why. */
class NumbersThatAreNumbersTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aNumberBeyondADoublesRangeIsRefusedWithItsFileLineAndField() throws Exception {
        Path spec = file("inf.json", "{ \"name\": \"x\",\n  \"training\": { \"iterations\": 50, \"divergenceThreshold\": 1e999 } }\n");
        CliHarness.Result v = CliHarness.run("validate", spec.toString());
        assertThat(v.exit()).isEqualTo(1);
        assertThat(v.out() + v.err()).contains(spec + ":2:58: training.divergenceThreshold: the number 1e999 is beyond"
                + " the range of a double (at most ±1.8e308); numbers must be finite");
        CliHarness.Result r = CliHarness.run("run", "--spec", spec.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(spec + ":2:58: training.divergenceThreshold: the number 1e999");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aFileHoldingNullIsRefusedByValidateAndRunSaysWhy() throws Exception {
        Path spec = file("null.json", "null\n");
        CliHarness.Result v = CliHarness.run("validate", spec.toString());
        assertThat(v.exit()).isEqualTo(1);
        assertThat(v.out() + v.err()).contains(spec + ":1:1: expected a JSON object, found null");
        CliHarness.Result r = CliHarness.run("run", "--spec", spec.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(spec + ":1:1: expected a JSON object, found null");
        Path variants = file("variants.json", "[ { \"name\": \"a\" },\n  null ]\n");
        CliHarness.Result rv = CliHarness.run("validate", variants.toString());
        assertThat(rv.exit()).isEqualTo(1);
        assertThat(rv.out() + rv.err()).contains(variants + ":2:3: [1]: expected a JSON object, found null");
    }

    @Test
    void dataWhoseSamplesAllHaveOneLabelIsRefusedForClassification() throws Exception {
        StringBuilder csv = new StringBuilder("x,y,label\n");
        for (int i = 0; i < 100; i++) {
            csv.append(i % 7).append(',').append(i % 5).append(",a\n");
        }
        Path data = file("one.csv", csv.toString());
        // the data file by its absolute path: run specs may name one, and it holds wherever the run starts
        Path spec = file("one.json", "{ \"name\": \"one\", \"data\": { \"dataset\": \"csv\", \"file\": \"" + data
                + "\" }, \"training\": { \"iterations\": 20 } }");
        CliHarness.Result r = CliHarness.run("run", "--spec", spec.toString(), "--out", dir.resolve("out").toString(),
                "--quiet");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("every sample has the label 'a'; classification needs samples of at least two"
                + " classes");
    }

    @Test
    void diagnoseRefusesAccuraciesThatAreNotNumbersFromZeroToOneAndRunsThatHaveNotEnded() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Path summary = run.resolve("summary.json");
        Files.writeString(summary, "{ \"state\": \"finished\", \"variants\": [\n  { \"variant\": \"\", \"trainAccuracy\": 7.5,"
                + " \"validationAccuracy\": \"high\", \"testAccuracy\": 0.9 } ] }\n");
        CliHarness.Result r = CliHarness.run("diagnose", "--run", run.toString(), "--human-error", "1%");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(summary + ":2:20: variants[0].trainAccuracy: an accuracy is from 0 to 1 (is 7.5)")
                .contains(summary + ":2:42: variants[0].validationAccuracy: expected an accuracy from 0 to 1 or null,"
                        + " found text 'high'")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();

        Files.writeString(summary, "{ \"state\": \"running\", \"variants\": [] }");
        CliHarness.Result running = CliHarness.run("diagnose", "--run", run.toString(), "--human-error", "1%");
        assertThat(running.exit()).isEqualTo(2);
        assertThat(running.err()).contains(summary + ":1:3: state: the run has not ended (state 'running')");
    }

    @Test
    void lessonListNamesEachFileItLeavesOutAndWhy() throws Exception {
        Files.copy(Path.of("lessons/01-deep-feedforward-networks.json"), dir.resolve("01.json"));
        Path broken = file("broken.json", "{ \"id\": \"broken\" ");
        CliHarness.Result r = CliHarness.run("lesson", "list", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("deep-feedforward-networks").contains("1 lesson");
        assertThat(r.err()).contains("left out " + broken + ":1:").contains("the file ends before the { opened on line 1, column 1 is closed with } - is the file complete?")
                .contains("1 file(s) with problems left out");
    }
}
