package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void runQuietPrintsNothingOnASuccessfulRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("spec.json"), SPEC);
        AppProcess.Output o = AppProcess.run(dir, "run", "--spec", "spec.json", "--out", "out", "--quiet");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).isEmpty();
        assertThat(o.err()).isEmpty();
        assertThat(dir.resolve("out" + File.separator + "metrics.csv")).exists();
    }

    @Test
    void verboseShowsTheLibrariesAndTheThreadCountTrainingUses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("spec.json"), SPEC);
        AppProcess.Output o = AppProcess.run(dir, "run", "--spec", "spec.json", "--out", "out", "--quiet", "--verbose");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.err()).contains("INFO org.nd4j")
                .contains("Number of threads used for linear algebra: 1 OpenMP, 1 BLAS")
                // ND4J's own lines report its start-up default, not what the engine runs with
                .doesNotContain("Number of threads used for OpenMP BLAS");
    }
}
