package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deepforward.lesson.LessonFolders;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lesson check} takes the ids and numbers {@code lesson list} prints, as an installed user has no files to name. */
class LessonNamedByIdOrNumberTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @BeforeEach
    void aCatalogueOfOneLessonWithoutClaims() throws Exception {
        // lesson 3 as lesson "5b" with its claims dropped, so checking it trains nothing
        ObjectNode lesson = (ObjectNode) JSON.readTree(Path.of("lessons", "03-vanishing-gradients.json").toFile());
        lesson.put("id", "quiet-lesson").put("order", 5);
        for (JsonNode step : lesson.get("steps")) {
            ((ObjectNode) step).remove("claims");
        }
        JSON.writeValue(folder.resolve("05b-quiet-lesson.json").toFile(), lesson);
        System.setProperty(LessonFolders.ONLY_PROPERTY, folder.toString());
    }

    @AfterEach
    void theBuiltInCatalogueAgain() {
        System.clearProperty(LessonFolders.ONLY_PROPERTY);
    }

    @Test
    void lessonListPrintsTheIdAndNumberThatLessonCheckTakes() {
        CliHarness.Result list = CliHarness.run("lesson", "list", folder.toString());
        assertThat(list.out()).startsWith("5b   quiet-lesson ");

        for (String name : new String[] {"quiet-lesson", "5b", "05B"}) {
            CliHarness.Result r = CliHarness.run("lesson", "check", name);
            assertThat(r.exit()).as(name + ": " + r.out() + r.err()).isZero();
            assertThat(r.out()).as(name).contains("0 passed, 0 failed");
            assertThat(r.out() + r.err()).as(name).doesNotContain("no such file");
        }
    }

    @Test
    void aNameNoLessonHasSaysWhereTheNamesAreWithoutAnInternalPath() {
        CliHarness.Result r = CliHarness.run("lesson", "check", "nosuch");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no lesson 'nosuch'").contains("'lesson list' shows them")
                .doesNotContain("builtin-lessons").doesNotContain(folder.toString());
        assertThat(CliHarness.run("lesson", "check", "5").exit()).as("5 is not 5b").isEqualTo(2);
    }

    @Test
    void aPathThatIsNotThereIsStillNamedAsAFile() {
        CliHarness.Result r = CliHarness.run("lesson", "check", "no/such/lesson.json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out() + r.err()).contains("no/such/lesson.json").doesNotContain("no lesson '");
    }
}
