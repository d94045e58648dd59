package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code lesson list} keeps its columns in line, a long title cut with "…". */
class LessonListColumnsTest {

    @Test
    void everyLessonsLevelAndMinutesStartInTheSameColumn() {
        CliHarness.Result r = CliHarness.run("lesson", "list");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> rows = r.out().lines().filter(l -> l.contains(" min  ")).toList();
        assertThat(rows).hasSizeGreaterThan(10);
        assertThat(rows.stream().map(l -> l.indexOf(" min  ")).distinct()).hasSize(1);
        assertThat(rows.stream().map(l -> l.charAt(74)).distinct()).as("the level column").containsOnly(' ');
    }

    @Test
    void everyLessonHasItsOwnNumberAsTheCatalogueShowsIt_thePrimerAfterLessonTwoIs2b() {
        CliHarness.Result r = CliHarness.run("lesson", "list");
        List<String> rows = r.out().lines().filter(l -> l.contains(" min  ")).toList();
        List<String> numbers = rows.stream().map(l -> l.substring(0, 4).strip()).toList();
        assertThat(numbers).doesNotHaveDuplicates().doesNotContain("");
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("2    distributed-representations "));
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("2b   forward-and-backward-pass "));
    }
}
