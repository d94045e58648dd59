package dev.deepforward.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.json.FileProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogAndValidatorTest {

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String tiny(String id, Integer order) {
        String text = Fixtures.resource("tiny.json").replace("\"id\": \"tiny\"", "\"id\": \"" + id + "\"");
        return order == null ? text : text.replace("\"minutes\": 5,", "\"minutes\": 5, \"order\": " + order + ",");
    }

    @Test
    void theCatalogueSortsByOrderThenIdAndKeepsProblemsPerFile() throws IOException {
        write("b.json", tiny("beta", null));
        write("sub/a.json", tiny("alpha", null));
        write("c.json", tiny("gamma", 1));
        Path broken = write("sub/broken.json", tiny("delta", null).replace("\"minutes\": 5", "\"minutes\": -5"));
        write("notes.txt", "not a lesson");

        LessonCatalog catalog = LessonCatalog.load(dir, Fixtures.DATASETS);

        assertThat(catalog.lessons()).extracting(Lesson::id).containsExactly("gamma", "alpha", "beta");
        assertThat(catalog.problemsByFile()).containsOnlyKeys(broken);
        assertThat(catalog.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("minutes");
            assertThat(p.toString()).startsWith(broken + ":7:3: minutes: must be between 1 and 600");
        });
        assertThat(catalog.find("alpha")).get().satisfies(e -> assertThat(e.file()).isEqualTo(dir.resolve("sub/a.json")));
    }

    @Test
    void aDuplicateIdIsAnErrorAtTheSecondFilesId() throws IOException {
        Path first = write("1.json", tiny("same", null));
        Path second = write("2.json", tiny("same", null));

        LessonCatalog catalog = LessonCatalog.load(dir, Fixtures.DATASETS);

        assertThat(catalog.lessons()).hasSize(1);
        assertThat(catalog.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(second.toString());
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("lesson id 'same' is already used by " + first);
        });
    }

    @Test
    void filesNamedByALessonMustExistInsideItsFolder() throws IOException {
        String text = Fixtures.resource("tiny.json")
                .replace("{\"dataset\": \"spiral\"}", "{\"dataset\": \"csv\", \"file\": \"data/points.csv\"}");
        Path lesson = write("lesson.json", text);

        assertThat(LessonLoader.load(lesson, Fixtures.DATASETS).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("no file 'data/points.csv' in the lesson's folder"));

        write("data/points.csv", "x,y,label\n0,0,0\n");
        assertThat(LessonLoader.load(lesson, Fixtures.DATASETS).problems()).isEmpty();
    }

    @Test
    void theValidatorTellsLessonsFromSpecsAndChecksBoth() throws IOException {
        write("lessons/tiny.json", Fixtures.resource("tiny.json"));
        write("lessons/copy.json", Fixtures.resource("tiny.json"));
        Path spec = write("spec.json", Fixtures.resource("spec.json"));
        Path badSpec = write("bad-spec.json", Fixtures.resource("spec.json").replace("\"xor\"", "\"xr\""));
        Path missing = dir.resolve("missing.json");

        ValidationReport report = FileValidator.validate(List.of(dir.resolve("lessons"), spec, badSpec, missing),
                Fixtures.DATASETS);

        assertThat(report.filesChecked()).isEqualTo(4);
        assertThat(report.lessons()).isEqualTo(2);
        assertThat(report.specs()).isEqualTo(2);
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).extracting(FileProblem::toString).containsExactly(
                missing + ":1:1: no such file or folder",
                dir.resolve("lessons/tiny.json") + ":3:3: id: lesson id 'tiny' is already used by "
                        + dir.resolve("lessons/copy.json"),
                badSpec + ":4:12: data.dataset: unknown dataset 'xr' (did you mean 'xor'?); known: bump, circle, csv,"
                        + " digits, gaussians, idx, iris, mnist, plane, spiral, spiral3, xor");
        assertThat(report.summary()).isEqualTo("4 files checked (2 lessons, 2 specs): 3 problems");
    }

    @Test
    void theShippedLessonsFolderValidates() {
        ValidationReport report = FileValidator.validate(List.of(Path.of("lessons")), Fixtures.DATASETS);
        assertThat(report.problems()).isEmpty();
        assertThat(report.lessons()).isGreaterThanOrEqualTo(1);
    }
}
