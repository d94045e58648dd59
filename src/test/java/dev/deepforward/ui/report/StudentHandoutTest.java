package dev.deepforward.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.lesson.Lesson;
import dev.deepforward.lesson.LessonLoader;
import dev.deepforward.lesson.QuizChoice;
import dev.deepforward.lesson.Step;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The students' handout of a shipped lesson keeps the questions and leaves out answers, explanations and claims. */
class StudentHandoutTest {

    private static Lesson lesson() {
        return LessonLoader.load(Path.of("lessons/10-bias-and-variance.json"), null).value();
    }

    @Test
    void bothHandoutsListTheLessonsObjectivesAndPrerequisites() {
        Lesson l = lesson();
        assertThat(l.objectives()).isNotEmpty();
        assertThat(l.prerequisites()).containsExactly("loss-functions");
        for (boolean student : new boolean[] {true, false}) {
            String page = HandoutHtml.render(l, Map.of(), Map.of(), student);
            assertThat(page).contains("After this lesson you can").contains("<code>loss-functions</code>");
            l.objectives().forEach(o -> assertThat(page).contains(HandoutHtml.inline(o)));
        }
    }

    @Test
    void theStudentHandoutHasEveryQuestionAndChoiceButNoAnswerExplanationOrClaim() {
        Lesson l = lesson();
        String page = HandoutHtml.render(l, Map.of(), Map.of(), true);
        String teacher = HandoutHtml.render(l, Map.of(), Map.of(), false);
        assertThat(page).contains("student handout").doesNotContain("(correct)").doesNotContain("class=\"correct\"")
                .doesNotContain("What this step claims");
        assertThat(teacher).contains("(correct)").contains("What this step claims");
        for (Step s : l.steps()) {
            s.quiz().forEach(q -> {
                assertThat(page).contains(HandoutHtml.inline(q.text()));
                for (QuizChoice c : q.choices()) {
                    assertThat(page).contains(HandoutHtml.inline(c.text()));
                    assertThat(page).doesNotContain(HandoutHtml.inline(c.explanation()));
                }
            });
            s.claims().forEach(c -> assertThat(page).doesNotContain(HandoutHtml.inline(c.text())));
        }
    }
}
