package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the launcher reads its arguments: the window, the window with a file, or a command. */
class StartArgumentsTest {

    @Test
    void noArgumentsOpenTheWindowQuietly() {
        StartArguments a = Launcher.startArguments(new String[0]);
        assertThat(a.window()).isTrue();
        assertThat(a.file()).isEmpty();
        assertThat(a.verbose()).isFalse();
    }

    @Test
    void aSingleExistingFileOpensTheWindowWithThatFile(@TempDir Path dir) throws Exception {
        Path lesson = Files.writeString(dir.resolve("my lesson.dflesson"), "{}");
        StartArguments a = Launcher.startArguments(new String[] {lesson.toString()});
        assertThat(a.window()).isTrue();
        assertThat(a.file()).contains(lesson.toAbsolutePath());
    }

    @Test
    void verboseIsTakenAsideWhereverItStands(@TempDir Path dir) throws Exception {
        Path wb = Files.writeString(dir.resolve("design.dfw"), "{}");
        StartArguments a = Launcher.startArguments(new String[] {"--verbose", wb.toString()});
        assertThat(a.window()).isTrue();
        assertThat(a.verbose()).isTrue();
        assertThat(a.file()).contains(wb.toAbsolutePath());
        StartArguments run = Launcher.startArguments(new String[] {"run", "--spec", "x.json", "--verbose"});
        assertThat(run.window()).isFalse();
        assertThat(run.verbose()).isTrue();
    }

    @Test
    void commandNamesAndMissingFilesAreCommands() {
        assertThat(Launcher.startArguments(new String[] {"validate"}).window()).isFalse();
        assertThat(Launcher.startArguments(new String[] {"screenshot"}).window()).isFalse();
        assertThat(Launcher.startArguments(new String[] {"--version"}).window()).isFalse();
        assertThat(Launcher.startArguments(new String[] {"no-such-file.dflesson"}).window()).isFalse();
        assertThat(Launcher.startArguments(new String[] {"lesson", "list"}).window()).isFalse();
    }
}
