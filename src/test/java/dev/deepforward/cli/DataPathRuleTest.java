package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.lesson.FileValidator;
import dev.deepforward.lesson.ValidationReport;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.Loaded;
import dev.deepforward.spec.json.SpecJson;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One path rule for every file that names another: a lesson's, a run spec's and a workbench file's data
 * files are read from the folder of the file that names them, never from the working directory.
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
