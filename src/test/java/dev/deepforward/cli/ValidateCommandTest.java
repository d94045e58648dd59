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
    void everyShippedFileIsRecognisedForWhatItIsAndIsValid() {
        CliHarness.Result r = CliHarness.run("validate", "lessons", "assets");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("19 files checked (17 lessons, 0 specs, 1 workbench file, 1 lecture track): no problems");
    }

    @Test
    void theShippedWorkbenchFileIsCheckedAsAWorkbenchFileAsRunReadsIt() {
        CliHarness.Result r = CliHarness.run("validate", "assets/workbenches/ten-layers.json");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo("1 file checked (0 lessons, 0 specs, 1 workbench file): no problems" + System.lineSeparator());
    }

    @Test
    void aBrokenWorkbenchFileGetsWorkbenchProblemsNotLessonOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.dfw");
        Files.writeString(file, """
                {"format": 1,
                 "spec": {"network": {"hidden": [{"units": 1000000000000}]}},
                 "layuot": {}}
                """);
        CliHarness.Result r = CliHarness.run("validate", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(file + ":2:").contains("spec.network.hidden[0].units: must be between 1 and 4096")
                .contains(file + ":3:").contains("unknown field 'layuot' (did you mean 'layout'?)")
                .doesNotContain("missing required field 'id'").doesNotContain("steps")
                .contains("1 file checked (0 lessons, 0 specs, 1 workbench file): 2 problems");
    }

    @Test
    void aWorkbenchFileIsValidWithTheLessonStepItCameFromAndWithoutOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("old.dfw"), """
                {"format": 1, "spec": {"network": {"hidden": [{"units": 7}]}}}
                """);
        Files.writeString(dir.resolve("from-a-lesson.dfw"), """
                {"format": 1, "spec": {"network": {"hidden": [{"units": 7}]}},
                 "lesson": {"id": "batch-normalization", "file": "/gone/07-batch-normalization.json", "step": 2,
                            "title": "Lesson 7 · Batch normalization"}}
                """);
        CliHarness.Result r = CliHarness.run("validate", dir.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("2 files checked (0 lessons, 0 specs, 2 workbench files): no problems");
    }

    @Test
    void aWorkbenchFilesLessonStepIsCheckedAsTheWindowReadsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.dfw");
        Files.writeString(file, """
                {"format": 1, "spec": {"network": {"hidden": [{"units": 7}]}},
                 "lesson": {"id": "batch-normalization", "step": 0, "tilte": "x"}}
                """);
        CliHarness.Result r = CliHarness.run("validate", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("lesson.tilte: unknown field 'tilte' (did you mean 'title'?)");
        Files.writeString(file, """
                {"format": 1, "spec": {"network": {"hidden": [{"units": 7}]}},
                 "lesson": {"id": "batch-normalization", "step": 0}}
                """);
        r = CliHarness.run("validate", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("lesson.step: must be 1 or more (steps are counted from 1), found 0");
    }

    @Test
    void aLectureTrackIsCheckedAgainstTheLessons(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.dftrack");
        Files.writeString(file, """
                {"track": 1, "title": "Mine",
                 "demos": [{"lesson": "vanishing-gradients", "step": 1, "minutes": 5, "note": "ten layers"},
                           {"lesson": "no-such-lesson", "step": 1, "minutes": 5, "note": "gone"}]}
                """);
        CliHarness.Result r = CliHarness.run("validate", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(file + ":3:").contains("demos[1].lesson: no lesson 'no-such-lesson'")
                .contains("1 file checked (0 lessons, 0 specs, 1 lecture track): 1 problem");
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
