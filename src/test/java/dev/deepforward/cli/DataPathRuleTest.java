package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.lesson.FileValidator;
import dev.deepforward.lesson.ValidationReport;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.SpecJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One path rule for every file that names another: a lesson's, a run spec's, a variants file's and a
 * workbench file's data files are read from the folder of the file that names them, never from the
 * working directory.
 */
class DataPathRuleTest {

    @TempDir
    Path dir;

    /** Two well-separated classes: any network gets them right. */
    private static String separable() {
        StringBuilder sb = new StringBuilder("x,y,label\n");
        for (int i = 0; i < 200; i++) {
            double t = i / 200.0;
            sb.append(i % 2 == 0 ? -1 - t : 1 + t).append(',').append(t).append(',').append(i % 2 == 0 ? "left" : "right")
                    .append('\n');
        }
        return sb.toString();
    }

    /** The same points with labels that have nothing to do with them: nothing can be learnt. */
    private static String unlearnable() {
        StringBuilder sb = new StringBuilder("x,y,label\n");
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 200; i++) {
            sb.append(r.nextGaussian()).append(',').append(r.nextGaussian()).append(',')
                    .append(r.nextBoolean() ? "left" : "right").append('\n');
        }
        return sb.toString();
    }

    private static final String LESSON = """
            {"format": 1, "id": "own-data", "title": "Own data", "summary": "Reads data.csv beside it.",
             "level": "beginner", "minutes": 1, "concepts": ["activations"],
             "steps": [{"title": "Train", "text": "Train on the lesson's own table.",
               "setup": {"spec": {"name": "own", "seed": 3,
                 "data": {"dataset": "csv", "file": "data.csv", "validationFraction": 0.25, "testFraction": 0.25},
                 "network": {"hidden": [{"units": 8, "activation": "relu", "init": "he_normal"}]},
                 "training": {"iterations": 300, "learningRate": 0.1}}},
               "claims": [{"text": "It learns the table.", "iterations": 300,
                 "left": {"metric": "validation_accuracy"}, "op": ">", "right": 0.9}]}]}
            """;

    @Test
    void lessonCheckFromAnotherWorkingDirectoryTrainsOnTheLessonsOwnData() throws Exception {
        Path lessonDir = Files.createDirectories(dir.resolve("lesson"));
        Files.writeString(lessonDir.resolve("data.csv"), separable());
        Files.writeString(lessonDir.resolve("own-data.json"), LESSON);
        // the working directory holds a data.csv of its own, which must not be the one trained on
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("data.csv"), unlearnable());

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", absoluteClassPath(), "dev.deepforward.Launcher", "lesson", "check",
                lessonDir.resolve("own-data.json").toString())
                .directory(elsewhere.toFile()).redirectErrorStream(true).start();
        String output;
        try (var in = p.getInputStream()) {
            output = new String(in.readAllBytes());
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("bounds a hang only").isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("PASS own-data/1: It learns the table.").contains("1 passed, 0 failed");
    }

    @Test
    void aRunSpecReadsItsDataFileFromItsOwnFolder() throws Exception {
        Files.writeString(dir.resolve("data.csv"), separable());
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, "{\"data\": {\"dataset\": \"csv\", \"file\": \"data.csv\"}}");
        Loaded<RunSpec> loaded = SpecJson.read(spec, RunSpec.class);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value().data().file()).isEqualTo(dir.resolve("data.csv").toAbsolutePath().toString());
    }

    @Test
    void validateChecksThatANamedDataFileExistsAndRefusesDevicesAndUrls() throws Exception {
        Path missing = dir.resolve("missing.json");
        Files.writeString(missing, "{\"data\": {\"dataset\": \"csv\", \"file\": \"nope.csv\"}}");
        Path device = dir.resolve("device.json");
        Files.writeString(device, "{\"data\": {\"dataset\": \"csv\", \"file\": \"/dev/zero\"}}");
        Path url = dir.resolve("url.json");
        Files.writeString(url, "{\"data\": {\"dataset\": \"csv\",\n \"file\": \"http://example.com/a.csv\"}}");
        ValidationReport report = FileValidator.validate(List.of(missing, device, url), null);
        assertThat(report.problems()).extracting(FileProblem::toString).containsExactly(
                missing + ":1:29: data.file: 'nope.csv' does not exist in " + dir.toAbsolutePath(),
                device + ":1:29: data.file: '/dev/zero' is in /dev, which holds devices and system state, not files"
                        + " to read",
                url + ":2:2: data.file: 'http://example.com/a.csv' is a URL; name a file on this computer");
    }

    @Test
    void runWithAVariantsFileFromAnotherWorkingDirectoryTrainsOnTheVariantsFilesOwnData() throws Exception {
        Path specDir = Files.createDirectories(dir.resolve("spec"));
        Files.writeString(specDir.resolve("data.csv"), separable());
        Files.writeString(specDir.resolve("spec.json"), """
                {"name": "own", "seed": 3,
                 "data": {"dataset": "csv", "file": "data.csv", "validationFraction": 0.25, "testFraction": 0.25},
                 "network": {"hidden": [{"units": 8, "activation": "relu", "init": "he_normal"}]},
                 "training": {"iterations": 300, "learningRate": 0.1}}
                """);
        Path variantsDir = Files.createDirectories(dir.resolve("variants"));
        Files.writeString(variantsDir.resolve("table.csv"), separable().replace("left", "west"));
        Files.writeString(variantsDir.resolve("whole.csv"), separable().replace("right", "east"));
        Files.writeString(variantsDir.resolve("variants.json"), """
                [ {"name": "spec's data"},
                  {"name": "variants' table", "set": {"data.file": "table.csv"}},
                  {"name": "whole record", "set": {"data": {"dataset": "csv", "file": "./whole.csv",
                     "validationFraction": 0.25, "testFraction": 0.25}}} ]
                """);
        // the working directory holds files of the same names, which must not be the ones trained on
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        for (String name : List.of("data.csv", "table.csv", "whole.csv")) {
            Files.writeString(elsewhere.resolve(name), unlearnable());
        }
        Path out = dir.resolve("out");

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", absoluteClassPath(), "dev.deepforward.Launcher", "run",
                "--spec", specDir.resolve("spec.json").toString(),
                "--variants", variantsDir.resolve("variants.json").toString(), "--out", out.toString(), "--quiet")
                .directory(elsewhere.toFile()).redirectErrorStream(true).start();
        String output;
        try (var in = p.getInputStream()) {
            output = new String(in.readAllBytes());
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("bounds a hang only").isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("provenance").get("dataFiles").findValuesAsText("file")).containsExactly(
                specDir.resolve("data.csv").toAbsolutePath().toString(),
                variantsDir.resolve("table.csv").toAbsolutePath().toString(),
                variantsDir.resolve("whole.csv").toAbsolutePath().toString());
        for (JsonNode v : summary.get("variants")) {
            assertThat(v.get("testAccuracy").asDouble()).as(v.get("variant").asText()).isGreaterThan(0.9);
        }
    }

    @Test
    void aVariantsFilesDataPathsAreResolvedAgainstItsFolderAndRefusedByTheSameRule() throws Exception {
        Files.writeString(dir.resolve("table.csv"), separable());
        Path good = dir.resolve("good.json");
        Files.writeString(good, """
                [ {"name": "a"}, {"name": "b", "set": {"data.file": "table.csv"}} ]
                """);
        Loaded<List<Variant>> read = SpecJson.readList(good, Variant.class);
        assertThat(read.problems()).isEmpty();
        assertThat(read.value().get(1).set().get("data.file"))
                .isEqualTo(dir.resolve("table.csv").toAbsolutePath().toString());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                [ {"name": "a", "set": {"data.file": "nope.csv"}},
                  {"name": "b", "set": {"data.file": "/dev/zero"}},
                  {"name": "c", "set": {"data": {"dataset": "csv", "file": "http://example.com/a.csv"}}},
                  {"name": "d", "set": {"data.labelFile": "~/labels.idx"}} ]
                """);
        List<String> messages = SpecJson.readList(bad, Variant.class).problems().stream()
                .map(FileProblem::toString).toList();
        assertThat(messages).containsExactly(
                bad + ":1:25: [0].set.data.file: 'nope.csv' does not exist in " + dir.toAbsolutePath(),
                bad + ":2:25: [1].set.data.file: '/dev/zero' is in /dev, which holds devices and system state, not"
                        + " files to read",
                bad + ":3:52: [2].set.data.file: 'http://example.com/a.csv' is a URL; name a file on this computer",
                bad + ":4:25: [3].set.data.labelFile: '~/labels.idx' starts with '~', which only a shell expands;"
                        + " write the path in full or relative to this file's folder");
        // validate says the same of the same file
        assertThat(FileValidator.validate(List.of(bad), null).problems()).extracting(FileProblem::toString)
                .containsAll(messages);
    }

    /** The test class path with every entry absolute, so a child started in another folder finds it. */
    private static String absoluteClassPath() {
        StringBuilder out = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                out.append(out.length() == 0 ? "" : File.pathSeparator).append(Path.of(entry).toAbsolutePath());
            }
        }
        return out.toString();
    }
}
