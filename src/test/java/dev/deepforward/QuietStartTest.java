package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as a terminal sees it, in a JVM of its own (logging is set up once per process): no library log
 * lines unless {@code --verbose}, and {@code run --quiet} silent on success.
 */
class QuietStartTest {

    private static final String SPEC = """
            { "name": "quiet", "data": { "dataset": "spiral", "samples": 200 }, "training": { "iterations": 50 } }
            """;

    record Output(int exit, String out, String err) {
    }

    private static Output launch(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        // bounds a hang only; a start of ND4J takes a few seconds
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Output(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void runQuietPrintsNothingOnASuccessfulRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("spec.json"), SPEC);
        Output o = launch(dir, "run", "--spec", "spec.json", "--out", "out", "--quiet");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).isEmpty();
        assertThat(o.err()).isEmpty();
        assertThat(dir.resolve("out" + File.separator + "metrics.csv")).exists();
    }

    @Test
    void verboseShowsTheLibrariesAndTheThreadCountTrainingUses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("spec.json"), SPEC);
        Output o = launch(dir, "run", "--spec", "spec.json", "--out", "out", "--quiet", "--verbose");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.err()).contains("INFO org.nd4j")
                .contains("Number of threads used for linear algebra: 1 OpenMP, 1 BLAS")
                // ND4J's own lines report its start-up default, not what the engine runs with
                .doesNotContain("Number of threads used for OpenMP BLAS");
    }
}
