package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that cannot open the window says why in one line: a file that is not there, a folder, no
 * display. Run in a JVM of their own, as a terminal runs the app.
 */
class StartProblemsTest {

    @Test
    void aMissingFileIsNamedAsMissingNotAsAnUnmatchedArgument(@TempDir Path dir) throws Exception {
        AppProcess.Output o = AppProcess.run(dir, "/tmp/nonexist-" + System.nanoTime() + ".dfw");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err().strip()).startsWith("no such file: /tmp/nonexist-").endsWith(".dfw")
                .doesNotContain("Unmatched").doesNotContain("Did you mean").doesNotContain("\n");
    }

    @Test
    void aFolderIsNamedAsAFolder(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("lessons here"));
        AppProcess.Output o = AppProcess.run(dir, "lessons here");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err().strip()).isEqualTo("lessons here is a folder, not a lesson or workbench file");
    }

    @Test
    void aMistypedCommandStillGetsItsSuggestion(@TempDir Path dir) throws Exception {
        AppProcess.Output o = AppProcess.run(dir, "lesosn");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("Did you mean").contains("lesson");
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLine(@TempDir Path dir) throws Exception {
        AppProcess.Output o = AppProcess.run(dir, Map.of("DISPLAY", "", "WAYLAND_DISPLAY", ""));
        if (System.getProperty("os.name").toLowerCase().contains("linux")) {
            assertThat(o.exit()).isNotZero();
            assertThat(o.err().strip()).startsWith("No display: the window needs a desktop session (DISPLAY is not set).")
                    .contains("Headless commands: ").contains("run").contains("lesson")
                    .doesNotContain("Exception").doesNotContain("\n");
            assertThat(o.out()).isEmpty();
        }
    }

    @Test
    void monocleAndAGivenDisplayPassTheCheck() {
        Properties linux = new Properties();
        linux.setProperty("os.name", "Linux");
        assertThat(DisplayCheck.missing(Map.of("DISPLAY", ":0"), linux, List::of)).isEmpty();
        assertThat(DisplayCheck.missing(Map.of(), linux, () -> List.of("run", "lesson", "help"))).get()
                .asString().endsWith("Headless commands: run, lesson (deepforward --help lists them).");
        Properties monocle = new Properties();
        monocle.putAll(linux);
        monocle.setProperty("glass.platform", "Monocle");
        assertThat(DisplayCheck.missing(Map.of(), monocle, List::of)).isEmpty();
        Properties mac = new Properties();
        mac.setProperty("os.name", "Mac OS X");
        assertThat(DisplayCheck.missing(Map.of(), mac, List::of)).isEmpty();
    }
}
