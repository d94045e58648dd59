package dev.deepforward.spec.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A file that is not JSON is explained in a student's words, with its line, column and field. */
class JsonErrorWordsTest {

    private static FileProblem problem(String text) {
        try {
            JsonTreeReader.read(text, "lesson.json");
        } catch (JsonSyntaxException e) {
            return e.problem();
        }
        throw new AssertionError("read as JSON: " + text);
    }

    @Test
    void aTruncatedFileSaysItEndsBeforeTheBraceOpenedWhereItWasOpened() {
        FileProblem p = problem("{\n  \"steps\": [\n    {\"title\": \"One\",\n     \"text\": \"x\"}");
        assertThat(p.location().line()).isEqualTo(4);
        assertThat(p.path()).isEqualTo("steps[0]");
        assertThat(p.message()).isEqualTo("the file ends before the [ opened on line 2, column 12 is closed with ] - is the file complete?");
        assertThat(p.inWords()).startsWith("line 4, column ").contains(", at steps[0]: the file ends");
    }

    @Test
    void aMissingValueNamesTheFieldItBelongsTo() {
        FileProblem p = problem("{\n  \"hidden\": [{\n  \"units\": }]}");
        assertThat(p.location().line()).isEqualTo(3);
        assertThat(p.path()).isEqualTo("hidden[0].units");
        assertThat(p.message()).isEqualTo("expected a value after \"units\": (found '}')");
    }

    @Test
    void trailingCommasSingleQuotesAndMissingCommasAreSaidPlainly() {
        assertThat(problem("{\"a\": 1,}").message()).isEqualTo("a comma before } has no field after it: remove the last comma of the object");
        assertThat(problem("[1, 2,]").message()).isEqualTo("a comma before ] has no value after it: remove the last comma of the list");
        assertThat(problem("{'a': 1}").message()).isEqualTo("field names are written in double quotes (\"units\"), not single quotes");
        assertThat(problem("{\"a\": 1\n \"b\": 2}").message()).startsWith("a comma (,) is missing after the value of \"a\"");
        assertThat(problem("{\"a\": tru}").message()).startsWith("expected a value after \"a\": (found tru, which is not one");
        assertThat(problem("{\"a\": [1, 2}").message()).isEqualTo("found } where the [ opened on line 1, column 7 should be closed with ]");
    }

    @Test
    void aFileThatIsNotJsonAtAllSaysSo() {
        assertThat(problem("x,y,label\n0.1,0.2,a\n").message()).isEqualTo("this is not a JSON file: it starts with x where a { belongs");
        assertThat(problem("# notes").message()).isEqualTo("this is not a JSON file: it starts with '#' where a { belongs");
    }

    @Test
    void noneOfTheParsersOwnWordsReachTheReader() {
        List<String> broken = List.of("{\"a\": {\"b\": 1", "{\"a\": ", "{\"a", "{\"a\": \"abc", "{\"a\" 1}", "[1 2]",
                "{\"a\": 01}", "{\"a\": NaN}", "{\"a\": \"x\ny\"}", "{\"a\": \"\\q\"}", "{\"a\": -}", "{\"a\": 1.}",
                "{\"a\": +1}", "}", "{\"a\": .5}", "{\"a\": 1]}");
        for (String text : broken) {
            String m = problem(text).message();
            assertThat(m).as(text).doesNotContain("Unexpected", "end-of-input", "was expecting", "JSON String, Number",
                    "code ", "Source", "JsonReadFeature", "marker", "not valid JSON");
        }
    }
}
