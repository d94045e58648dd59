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
        assertThat(rows.stream().map(l -> l.charAt(69)).distinct()).as("the level column").containsOnly(' ');
    }
}
