package dev.deepforward.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a student reads in a shipped lesson (step text, try-this prompts, quiz) points only at things the window
 * has. The claims are left out: the window does not show them, and they may use any metric.
 */
class LessonTextNamesOnlyWhatTheWindowShowsTest {

    /** Views a student review looked for in vain (2026-12-03): the engine measures these, no chart draws them. */
    private static final List<String> NOT_IN_THE_WINDOW = List.of(
            "update-ratio chart", "update ratio chart", "weight spread metric", "weight spread* metric",
            "activation chart", "activation and gradient charts", "activation statistics",
            "the claims", "read the claims", "compare dialog", "validation loss on a log scale");

    @Test
    void noShippedStepPointsAStudentAtAChartOrDialogTheWindowDoesNotHave() {
        List<String> found = new ArrayList<>();
        for (Lesson l : shipped()) {
            for (int i = 0; i < l.steps().size(); i++) {
                String read = studentText(l.steps().get(i));
                for (String name : NOT_IN_THE_WINDOW) {
                    if (read.contains(name)) {
                        found.add(l.id() + " step " + (i + 1) + ": " + name);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noShippedStepAsksAStudentToReadAMetricTheWindowOnlyGivesToClaims() {
        List<String> found = new ArrayList<>();
        for (Lesson l : shipped()) {
            for (int i = 0; i < l.steps().size(); i++) {
                String read = studentText(l.steps().get(i));
                for (Metric m : Metric.values()) {
                    if (m.id().contains("_") && read.contains(m.id())) {
                        found.add(l.id() + " step " + (i + 1) + ": " + m.id());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<Lesson> shipped() {
        List<Lesson> lessons = LessonCatalog.load(Path.of("lessons"), null).lessons();
        assertThat(lessons).hasSizeGreaterThanOrEqualTo(17);
        return lessons;
    }

    private static String studentText(Step s) {
        StringBuilder sb = new StringBuilder(s.text() == null ? "" : s.text());
        s.tryThis().forEach(t -> sb.append('\n').append(t));
        for (Question q : s.quiz()) {
            sb.append('\n').append(q.text());
            for (QuizChoice c : q.choices()) {
                sb.append('\n').append(c.text()).append('\n').append(c.explanation() == null ? "" : c.explanation());
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
