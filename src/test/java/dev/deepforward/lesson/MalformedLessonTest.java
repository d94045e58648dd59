package dev.deepforward.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.deepforward.spec.json.FileProblem;
import dev.deepforward.spec.json.JsonLocation;
import dev.deepforward.spec.json.Loaded;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case breaks the valid {@code tiny.json} in one way. A {@code §} in the broken text marks exactly where
 * the problem must be reported; it is removed before loading, so the expected line and column follow the
 * text rather than being counted by hand.
 */
class MalformedLessonTest {

    private static final String TINY = Fixtures.resource("tiny.json");
    private static final char MARK = '§';

    @Test
    void theTemplateItselfIsValid() {
        Loaded<Lesson> loaded = LessonLoader.read(TINY, "tiny.json", null, Fixtures.DATASETS);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value()).isNotNull();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                edit("misspelt field with a suggestion",
                        "\"title\": \"Setup step\"", "§\"titel\": \"Setup step\"",
                        "steps[0].titel", "unknown field 'titel' (did you mean 'title'?)"),
                edit("wrong type",
                        "\"minutes\": 5", "§\"minutes\": \"five\"",
                        "minutes", "expected a whole number, found text 'five'"),
                edit("units out of range",
                        "{\"units\": 8,", "{§\"units\": 0,",
                        "steps[0].setup.spec.network.hidden[0].units", "must be between 1 and 4096 (is 0)"),
                edit("dangling variant name",
                        "\"left\": {\"variant\": \"a\",", "\"left\": {§\"variant\": \"c\",",
                        "steps[0].claims[0].left.variant", "no variant 'c' in this step"),
                edit("unknown dataset",
                        "{\"dataset\": \"spiral\"}", "{§\"dataset\": \"spirl\"}",
                        "steps[0].setup.spec.data.dataset", "unknown dataset 'spirl' (did you mean 'spiral'?)"),
                edit("unknown metric",
                        "\"metric\": \"gradient_norm\", \"layer\": 1}", "§\"metric\": \"gradient_nrom\", \"layer\": 1}",
                        "steps[0].claims[0].left.metric", "unknown value 'gradient_nrom' (did you mean 'gradient_norm'?)"),
                edit("layer index out of range",
                        "\"layer\": 1}", "§\"layer\": 3}",
                        "steps[0].claims[0].left.layer", "there is no hidden layer 3: variant 'a' has 2 hidden layers (1 to 2)"),
                edit("single choice with two correct answers",
                        "{\"text\": \"No\", \"correct\": false", "{\"text\": \"No\", §\"correct\": true",
                        "steps[0].quiz[0].choices[1].correct", "a single-choice question has exactly one correct choice"),
                edit("at least k seeds without n seeds",
                        "{\"text\": \"A claim.\", \"iterations\": 100,", "{\"text\": \"A claim.\", \"iterations\": 100, §\"atLeast\": 2,",
                        "steps[0].claims[0].atLeast", "'atLeast' k counts seeds: set 'seeds' n too"),
                edit("at least more seeds than there are",
                        "{\"text\": \"A claim.\", \"iterations\": 100,", "{\"text\": \"A claim.\", \"iterations\": 100, \"seeds\": 2, §\"atLeast\": 3,",
                        "steps[0].claims[0].atLeast", "must be between 1 and 2 (is 3)"),
                edit("an expression over every layer",
                        "\"metric\": \"gradient_norm\", \"layer\": 1}", "\"metric\": \"gradient_norm\", §\"layer\": \"each\", \"minus\": {\"variant\": \"a\", \"metric\": \"gradient_norm\", \"layer\": 2}}",
                        "steps[0].claims[0].left.layer", "an expression reads one value per side"),
                edit("a first crossing at a moment",
                        "\"metric\": \"gradient_norm\", \"layer\": 1}", "\"metric\": \"gradient_norm\", \"layer\": 1, \"firstBelow\": 0.1, §\"at\": 5}",
                        "steps[0].claims[0].left.at", "a first crossing reads the whole series; leave 'at' out"),
                edit("any beside left, op and right",
                        "{\"text\": \"A claim.\", \"iterations\": 100,", "{\"text\": \"A claim.\", \"iterations\": 100, \"any\": [{\"left\": {\"variant\": \"a\", \"metric\": \"iterations_run\"}, \"op\": \">\", \"right\": 1}],",
                        "steps[0].claims[0].left", "a claim with 'any' or 'all' states its conditions there; leave 'left' out",
                        "\"left\": {\"variant\": \"a\", \"metric\": \"gradient_norm\""),
                edit("a lesson as its own prerequisite",
                        "\"minutes\": 5", "\"minutes\": 5, \"prerequisites\": [§\"tiny\"]",
                        "prerequisites[0]", "a lesson cannot be its own prerequisite"),
                edit("a prerequisite that is not a lesson id",
                        "\"minutes\": 5", "\"minutes\": 5, \"prerequisites\": [§\"Lesson One\"]",
                        "prerequisites[0]", "a prerequisite is a lesson id"),
                edit("format 2",
                        "\"format\": 1", "§\"format\": 2",
                        "format", "lesson format 2 is not supported; this version reads format 1"),
                edit("format missing",
                        "{\n  \"format\": 1,", "§{",
                        "format", "missing \"format\": 1"),
                edit("relative path escaping the folder",
                        "{\"dataset\": \"spiral\"}", "{\"dataset\": \"csv\", §\"file\": \"../secret.csv\"}",
                        "steps[0].setup.spec.data.file", "'../secret.csv' leaves the lesson's folder"),
                edit("absolute path",
                        "{\"dataset\": \"spiral\"}", "{\"dataset\": \"csv\", §\"file\": \"/etc/passwd\"}",
                        "steps[0].setup.spec.data.file", "'/etc/passwd' is an absolute path"),
                edit("URL instead of a path",
                        "{\"dataset\": \"spiral\"}", "{\"dataset\": \"csv\", §\"file\": \"https://example.com/x.csv\"}",
                        "steps[0].setup.spec.data.file", "is a URL"),
                edit("syntax error: missing comma",
                        "\"level\": \"beginner\",\n  \"minutes\"", "\"level\": \"beginner\"\n  §\"minutes\"",
                        "level", "a comma (,) is missing after the value of \"level\""),
                edit("duplicate field",
                        "\"title\": \"Tiny lesson\",", "\"title\": \"Tiny lesson\", §\"title\": \"Again\",",
                        "title", "field 'title' is given twice"),
                whole("patch before any spec",
                        "{\"format\": 1, \"id\": \"e\", \"title\": \"E\", \"summary\": \"S.\", \"level\": \"beginner\","
                                + " \"minutes\": 1, \"steps\": [{\"title\": \"T\", \"text\": \"X.\","
                                + " \"setup\": {§\"patch\": {\"seed\": 1}}}]}",
                        "steps[0].setup.patch", "there is no earlier run to patch: the first step with a setup needs a whole 'spec'"),
                whole("empty steps",
                        "{\"format\": 1, \"id\": \"e\", \"title\": \"E\", \"summary\": \"S.\", \"level\": \"beginner\","
                                + " \"minutes\": 1, §\"steps\": []}",
                        "steps", "a lesson needs at least one step"),
                edit("heading in Markdown",
                        "\"text\": \"Some *text* with `code`.\"", "§\"text\": \"# Heading\\n\\nSome text.\"",
                        "steps[0].text", "line 1: headings ('#') are not supported"),
                edit("link in Markdown",
                        "\"text\": \"Some *text* with `code`.\"", "§\"text\": \"See [the docs](http://x.y).\"",
                        "steps[0].text", "links are not supported"),
                edit("HTML in Markdown",
                        "\"text\": \"Some *text* with `code`.\"", "§\"text\": \"Some <b>bold</b> text.\"",
                        "steps[0].text", "HTML is not supported"),
                edit("unclosed emphasis",
                        "\"text\": \"Some *text* with `code`.\"", "§\"text\": \"Some **strong text.\"",
                        "steps[0].text", "unclosed '**'"),
                edit("unknown concept with a suggestion",
                        "[\"activations\"]", "[§\"vanishing-gradient\"]",
                        "concepts[0]", "unknown value 'vanishing-gradient' (did you mean 'vanishing_gradients'?)"),
                whole("claim without any setup before it",
                        "{\"format\": 1, \"id\": \"e\", \"title\": \"E\", \"summary\": \"S.\", \"level\": \"beginner\","
                                + " \"minutes\": 1, \"steps\": [{\"title\": \"T\", \"text\": \"X.\", \"claims\": [§{\"text\": \"C.\","
                                + " \"left\": {\"metric\": \"final_state\"}, \"op\": \"==\", \"right\": \"finished\"}]}]}",
                        "steps[0].claims[0]", "no step up to here sets one up"),
                edit("ordering op on a run state",
                        "\"left\": {\"variant\": \"a\", \"metric\": \"gradient_norm\", \"layer\": 1},\n         \"op\": \"<\",\n"
                                + "         \"right\": {\"variant\": \"a\", \"metric\": \"gradient_norm\", \"layer\": \"last\"},\n"
                                + "         \"factor\": 0.5}",
                        "\"left\": {\"variant\": \"a\", \"metric\": \"final_state\"},\n         §\"op\": \"<\",\n"
                                + "         \"right\": \"diverged\"}",
                        "steps[0].claims[0].op", "'final_state' is a run state; compare it with == or !="),
                edit("each against some",
                        "\"left\": {\"variant\": \"a\", \"metric\": \"gradient_norm\", \"layer\": 1},\n         \"op\": \"<\",\n"
                                + "         \"right\": {\"variant\": \"a\", \"metric\": \"gradient_norm\", \"layer\": \"last\"}",
                        "\"left\": {\"variant\": \"a\", \"metric\": \"gradient_norm\", \"layer\": \"each\"},\n         \"op\": \"<\",\n"
                                + "         \"right\": {\"variant\": \"a\", \"metric\": \"gradient_norm\", §\"layer\": \"some\"}",
                        "steps[0].claims[0].right.layer", "\"each\" on one side and \"some\" on the other"),
                edit("misspelt layer word",
                        "\"layer\": 1}", "§\"layer\": \"sume\"}",
                        "steps[0].claims[0].left.layer", "unknown layer 'sume' (did you mean 'some'?)"),
                edit("equality on numbers",
                        "\"op\": \"<\"", "§\"op\": \"==\"",
                        "steps[0].claims[0].op", "== and != compare run states"),
                edit("per-layer metric without a layer",
                        "\"left\": {\"variant\": \"a\", \"metric\": \"gradient_norm\", \"layer\": 1}",
                        "§\"left\": {\"variant\": \"a\", \"metric\": \"gradient_norm\"}",
                        "steps[0].claims[0].left.layer", "'gradient_norm' is measured per layer"),
                edit("layer on a metric that has none",
                        "\"metric\": \"gradient_norm\", \"layer\": \"last\"}", "\"metric\": \"train_loss\", §\"layer\": \"last\"}",
                        "steps[0].claims[0].right.layer", "'train_loss' is not measured per layer"),
                edit("saturation of a ReLU layer",
                        "\"left\": {\"variant\": \"a\", \"metric\": \"gradient_norm\", \"layer\": 1}",
                        "\"left\": {\"variant\": \"b\", \"metric\": \"saturated_fraction\", §\"layer\": 1}",
                        "steps[0].claims[0].left.layer", "hidden layer 1 of variant 'b' uses relu, which does not saturate"),
                edit("a single variant",
                        ",\n        {\"name\": \"b\", \"description\": \"ReLU\", \"set\": {\"network.hidden[*].activation\": \"relu\", \"network.hidden[*].init\": \"he_normal\"}}",
                        "",
                        "steps[0].variants", "a step compares 2 to 4 variants side by side (has 1)", "\"variants\""),
                edit("duplicate variant names",
                        "{\"name\": \"b\",", "{§\"name\": \"a\",",
                        "steps[0].variants[1].name", "variant name 'a' is used twice in this step"),
                edit("accuracy threshold out of range",
                        "{\"kind\": \"iterations\", \"value\": 100}", "{\"kind\": \"accuracy_above\", §\"threshold\": 1.5}",
                        "steps[0].checkpoints[0].threshold", "must be above 0 and below 1"),
                edit("misspelt field path in a variant",
                        "\"network.hidden[*].activation\": \"relu\"", "§\"network.hiden[*].activation\": \"relu\"",
                        "steps[0].variants[1].set.network.hiden[*].activation", "unknown field 'hiden' in network (did you mean 'hidden'?)"),
                edit("factor with a number on the right",
                        "\"right\": {\"variant\": \"a\", \"metric\": \"gradient_norm\", \"layer\": \"last\"},\n         \"factor\"",
                        "\"right\": 0.5,\n         §\"factor\"",
                        "steps[0].claims[0].factor", "'factor' and 'margin' scale a quantity on the right"),
                edit("best of a metric without a direction",
                        "\"layer\": 1}", "\"layer\": 1, §\"at\": \"best\"}",
                        "steps[0].claims[0].left.at", "'best' is defined for losses and accuracies only"),
                edit("iteration after the end of the claim's run",
                        "\"layer\": 1}", "\"layer\": 1, §\"at\": 500}",
                        "steps[0].claims[0].left.at", "iteration 500 comes after the run ends (100 iterations)"),
                edit("a question with one choice",
                        ",\n          {\"text\": \"No\", \"correct\": false, \"explanation\": \"Because not.\"}", "",
                        "steps[0].quiz[0].choices", "a question has 2 to 6 choices (has 1)", "\"choices\""),
                edit("quiz choice without an explanation",
                        "{\"text\": \"No\", \"correct\": false, \"explanation\": \"Because not.\"}",
                        "§{\"text\": \"No\", \"correct\": false}",
                        "steps[0].quiz[0].choices[1].explanation", "missing required field 'explanation'"),
                whole("not an object", "§[1, 2]", "", "a lesson file holds one JSON object, found a list"),
                edit("validation metric without validation data",
                        "{\"dataset\": \"spiral\"}", "{\"dataset\": \"spiral\", \"validationFraction\": 0}",
                        "steps[0].claims[0].left.metric", "'validation_loss' needs held-out data, but variant 'a' has data.validationFraction 0",
                        null, "\"left\": {\"variant\": \"a\", \"metric\": \"gradient_norm\", \"layer\": 1}",
                        "\"left\": {\"variant\": \"a\", §\"metric\": \"validation_loss\"}"),
                edit("invalid value in a patch",
                        "{\"learningRate\": 0.1}", "{§\"learningRate\": -1}",
                        "steps[1].setup.patch.training.learningRate", "must be above 0 and at most 100 (is -1)"),
                edit("misspelt field in a patch",
                        "{\"patch\": {\"training\"", "{\"patch\": {§\"trainng\"",
                        "steps[1].setup.patch.trainng", "unknown field 'trainng' (did you mean 'training'?)"),
                edit("figure outside the folder",
                        "\"title\": \"Patch step\",", "\"title\": \"Patch step\", §\"image\": \"../../x.png\",",
                        "steps[1].image", "leaves the lesson's folder"),
                edit("between without an interval",
                        "\"op\": \"<\"", "\"op\": \"between\"",
                        "steps[0].claims[0].right", "'between' needs an interval [low, high] on the right",
                        null, "\"right\": {\"variant\": \"a\"", "§\"right\": {\"variant\": \"a\""),
                edit("interval with its ends reversed",
                        "\"op\": \"<\"", "\"op\": \"between\"",
                        "steps[0].claims[0].right", "the interval's low end must not be above its high end (is [3.0, 1.0])",
                        null, "\"right\": {\"variant\": \"a\", \"metric\": \"gradient_norm\", \"layer\": \"last\"}",
                        "§\"right\": [3, 1]"),
                edit("unknown moment with a suggestion",
                        "\"layer\": 1}", "\"layer\": 1, §\"at\": \"finl\"}",
                        "steps[0].claims[0].left.at", "unknown moment 'finl' (did you mean 'final'?)"),
                edit("claim with both iterations and epochs",
                        "\"iterations\": 100,", "\"iterations\": 100, §\"epochs\": 3,",
                        "steps[0].claims[0].epochs", "give 'iterations' or 'epochs', not both"),
                edit("transfer of more layers than the source has",
                        "\"training\": {\"iterations\": 200}\n        }\n      },", "\"training\": {\"iterations\": 200}\n        }, \"transfer\": {\"from\": {\"data\": {\"dataset\": \"spiral\"}, \"network\": {\"hidden\": [{\"units\": 8}, {\"units\": 12}]}}, §\"layers\": 3}\n      },",
                        "steps[0].setup.transfer.layers", "the source run has 2 hidden layers, so at most that many can be transferred (is 3)"),
                edit("transfer of no layers",
                        "\"training\": {\"iterations\": 200}\n        }\n      },", "\"training\": {\"iterations\": 200}\n        }, \"transfer\": {\"from\": {\"data\": {\"dataset\": \"spiral\"}, \"network\": {\"hidden\": [{\"units\": 8}, {\"units\": 12}]}}, §\"layers\": 0}\n      },",
                        "steps[0].setup.transfer.layers", "must be at least 1 (is 0)"),
                edit("transfer into a dangling variant name",
                        "\"training\": {\"iterations\": 200}\n        }\n      },", "\"training\": {\"iterations\": 200}\n        }, \"transfer\": {\"from\": {\"data\": {\"dataset\": \"spiral\"}, \"network\": {\"hidden\": [{\"units\": 8}, {\"units\": 12}]}}, \"layers\": 1, \"variants\": [\"a\", §\"bb\"]}\n      },",
                        "steps[0].setup.transfer.variants[1]", "no variant 'bb' in this step (did you mean 'b'?); its variants: a, b"),
                edit("transfer with layers of another width",
                        "\"training\": {\"iterations\": 200}\n        }\n      },", "\"training\": {\"iterations\": 200}\n        }, \"transfer\": {\"from\": {\"data\": {\"dataset\": \"spiral\"}, \"network\": {\"hidden\": [{\"units\": 8}, {\"units\": 16}]}}, §\"layers\": 2}\n      },",
                        "steps[0].setup.transfer.layers", "hidden layer 2 has 16 units in the source run but 12 in variant 'a'"),
                edit("transfer from a dataset with another input size",
                        "\"training\": {\"iterations\": 200}\n        }\n      },", "\"training\": {\"iterations\": 200}\n        }, \"transfer\": {\"from\": {\"data\": {§\"dataset\": \"iris\"}, \"network\": {\"hidden\": [{\"units\": 8}, {\"units\": 12}]}}, \"layers\": 1}\n      },",
                        "steps[0].setup.transfer.from.data.dataset", "the source run's 'iris' has 4 inputs but variant 'a''s 'spiral' has 2"),
                edit("transfer source with an invalid spec",
                        "\"training\": {\"iterations\": 200}\n        }\n      },", "\"training\": {\"iterations\": 200}\n        }, \"transfer\": {\"from\": {\"data\": {\"dataset\": \"spiral\"}, \"network\": {\"hidden\": [{§\"units\": 0}, {\"units\": 12}]}}, \"layers\": 1}\n      },",
                        "steps[0].setup.transfer.from.network.hidden[0].units", "must be between 1 and 4096 (is 0)"),
                edit("lesson id with capitals",
                        "\"id\": \"tiny\"", "§\"id\": \"Tiny Lesson\"",
                        "id", "is not a lesson id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheProblemWithItsLocationAndPath(String name, String marked, String path, String message) {
        int mark = marked.indexOf(MARK);
        assertThat(mark).as("case must mark the expected location").isGreaterThanOrEqualTo(0);
        String text = marked.substring(0, mark) + marked.substring(mark + 1);
        JsonLocation expected = locationOf(marked, mark);

        Loaded<Lesson> loaded = LessonLoader.read(text, "tiny.json", null, Fixtures.DATASETS);

        assertThat(loaded.value()).isNull();
        assertThat(loaded.problems())
                .as("problems of case '%s'", name)
                .anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo(path);
                    assertThat(p.message()).contains(message);
                    assertThat(p.location()).isEqualTo(expected);
                    assertThat(p.toString()).startsWith("tiny.json:" + expected.line() + ":" + expected.column() + ": ");
                });
    }

    @Test
    void everyProblemOfAFileIsReportedInFileOrder() {
        String text = TINY
                .replace("\"minutes\": 5", "\"minutes\": 0")
                .replace("[\"activations\"]", "[\"activation\"]")
                .replace("{\"units\": 8,", "{\"units\": 99999,")
                .replace("\"left\": {\"variant\": \"a\",", "\"left\": {\"variant\": \"z\",")
                .replace("{\"text\": \"No\", \"correct\": false", "{\"text\": \"No\", \"correct\": true")
                .replace("{\"learningRate\": 0.1}", "{\"learningRate\": 0}");

        List<FileProblem> problems = LessonLoader.read(text, "tiny.json", null, Fixtures.DATASETS).problems();

        assertThat(problems).extracting(FileProblem::path).containsExactly(
                "minutes",
                "concepts[0]",
                "steps[0].setup.spec.network.hidden[0].units",
                "steps[0].quiz[0].choices[1].correct",
                "steps[0].claims[0].left.variant",
                "steps[1].setup.patch.training.learningRate");
        List<Integer> lines = problems.stream().map(p -> p.location().line()).toList();
        assertThat(lines).isSorted();
    }

    @Test
    void aBrokenSetupDoesNotHideTheStepsOtherProblems() {
        // The spec cannot bind (wrong type), yet the quiz of the same step is still checked.
        String text = TINY
                .replace("\"name\": \"two layers\"", "\"name\": 2")
                .replace("{\"text\": \"No\", \"correct\": false", "{\"text\": \"No\", \"correct\": true");

        List<FileProblem> problems = LessonLoader.read(text, "tiny.json", null, Fixtures.DATASETS).problems();

        assertThat(problems).extracting(FileProblem::path)
                .contains("steps[0].setup.spec.name", "steps[0].quiz[0].choices[1].correct");
        // …but nothing is said about the variants and claims that depend on the broken run.
        assertThat(problems).extracting(FileProblem::path).noneMatch(p -> p.contains("claims") || p.contains("variants"));
    }

    private static Arguments edit(String name, String target, String replacement, String path, String message) {
        return edit(name, target, replacement, path, message, null);
    }

    /**
     * A case that replaces {@code target} (which must occur once) and optionally a second pair; when the
     * replacement holds no mark, {@code markBefore} names the text the mark goes in front of.
     */
    private static Arguments edit(String name, String target, String replacement, String path, String message,
                                  String markBefore, String... more) {
        String text = replaceOnce(TINY, target, replacement);
        for (int i = 0; i + 1 < more.length; i += 2) {
            text = replaceOnce(text, more[i], more[i + 1]);
        }
        if (markBefore != null) {
            text = replaceOnce(text, markBefore, MARK + markBefore);
        }
        return Arguments.of(name, text, path, message);
    }

    private static Arguments whole(String name, String marked, String path, String message) {
        return Arguments.of(name, marked, path, message);
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0 || text.indexOf(target, at + 1) >= 0) {
            fail("'" + target + "' must occur exactly once in tiny.json");
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private static JsonLocation locationOf(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JsonLocation(line, column);
    }
}
