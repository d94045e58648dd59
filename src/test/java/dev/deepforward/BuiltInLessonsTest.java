package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.lesson.LessonFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in lessons come with the app, not from the folder it happens to be started in. */
class BuiltInLessonsTest {

    private static long shippedLessons() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("lessons"))) {
            return files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    @Test
    void lessonListFromAFolderWithoutLessonsListsTheBuiltInOnes(@TempDir Path dir) throws Exception {
        assertThat(dir.resolve("lessons")).doesNotExist();
        AppProcess.Output o = AppProcess.run(dir, "lesson", "list");
        assertThat(o.exit()).as(o.err()).isZero();
        List<String> lines = o.out().lines().toList();
        assertThat(lines.get(0)).startsWith("1    deep-feedforward-networks");
        assertThat(lines).last().isEqualTo(shippedLessons() + " lessons");
        assertThat(o.err()).isEmpty();
    }

    @Test
    void theBuiltInFolderHoldsEveryShippedLessonAndTheUsersFolderJoinsTheCatalogue(@TempDir Path dir)
            throws Exception {
        try (Stream<Path> files = Files.list(LessonFolders.builtIn())) {
            assertThat(files.filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(shippedLessons());
        }
        String before = System.getProperty(LessonFolders.USER_PROPERTY);
        System.setProperty(LessonFolders.USER_PROPERTY, dir.toString());
        try {
            assertThat(LessonFolders.catalogue()).containsExactly(LessonFolders.builtIn(), dir);
        } finally {
            if (before == null) {
                System.clearProperty(LessonFolders.USER_PROPERTY);
            } else {
                System.setProperty(LessonFolders.USER_PROPERTY, before);
            }
        }
    }

    @Test
    void aLessonFileIsRememberedAndRecalledAcrossARestart() {
        Path first = LessonFolders.builtIn().resolve("01-deep-feedforward-networks.json");
        assertThat(LessonFolders.recall(LessonFolders.remember(first))).isEqualTo(first.toAbsolutePath());
        assertThat(LessonFolders.recall("/no/such/lesson.json")).isNull();
    }
}
