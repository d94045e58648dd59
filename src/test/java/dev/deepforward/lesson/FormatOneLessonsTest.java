package dev.deepforward.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.json.Loaded;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Lesson files written before the second edition (format 1, as shipped on 2026-12-02 before the claim
 * language and the lesson fields grew) keep loading unchanged: no migration is needed, and their runs are
 * the runs they always were.
 */
class FormatOneLessonsTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(FormatOneLessonsTest.class.getResource("/lessons/format1/" + name).toURI());
    }

    @Test
    void theFirstEditionsVanishingGradientsLessonLoadsWithoutAProblem() throws Exception {
        Loaded<Lesson> loaded = LessonLoader.load(fixture("03-vanishing-gradients.json"), Fixtures.DATASETS);

        assertThat(loaded.problems()).isEmpty();
        Lesson lesson = loaded.value();
        assertThat(lesson.id()).isEqualTo("vanishing-gradients");
        assertThat(lesson.steps()).hasSize(5);
        assertThat(lesson.prerequisites()).isEmpty();
        assertThat(lesson.objectives()).isEmpty();
        assertThat(lesson.runs()).hasSize(5);
        assertThat(lesson.runs().get(0).spec().network().hidden()).hasSize(10);
    }

    @Test
    void theFirstEditionsRegularizationLessonKeepsItsLabelSmoothingAndClaims() throws Exception {
        Loaded<Lesson> loaded = LessonLoader.load(fixture("11-regularization.json"), Fixtures.DATASETS);

        assertThat(loaded.problems()).isEmpty();
        Lesson lesson = loaded.value();
        assertThat(lesson.steps()).hasSize(6);
        assertThat(lesson.steps()).flatExtracting(Step::claims).isNotEmpty();
        assertThat(lesson.runs()).anySatisfy(r -> assertThat(r.variants().values())
                .anySatisfy(spec -> assertThat(spec.training().labelSmoothing()).isEqualTo(0.1)));
    }

    @Test
    void theValidatorAcceptsBothFirstEditionFilesAsLessons() throws Exception {
        ValidationReport report = FileValidator.validate(java.util.List.of(fixture("03-vanishing-gradients.json"),
                fixture("11-regularization.json")), Fixtures.DATASETS);

        assertThat(report.problems()).isEmpty();
        assertThat(report.lessons()).isEqualTo(2);
    }
}
