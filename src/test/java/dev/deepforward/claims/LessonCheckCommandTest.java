package dev.deepforward.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code lesson check} and {@code lesson list} end to end, on the real engine. */
class LessonCheckCommandTest {

    private static final Path SHIPPED = Path.of("lessons", "03-vanishing-gradients.json");

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    // The whole library is checked by .ci/run with the packaged jar (about a minute); here one shipped
    // lesson proves the command end to end without doubling that time.
    @Test
    void everyClaimOfAShippedLessonHolds() {
        Result r = run("lesson", "check", SHIPPED.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines[lines.length - 1]).matches("\\d+ passed, 0 failed");
        assertThat(lines).hasSizeGreaterThan(5);
        for (int i = 0; i < lines.length - 1; i++) {
            assertThat(lines[i]).matches("PASS vanishing-gradients/\\d+: .+ \\((seed \\d+: )?measured .+ vs .+\\)");
        }
        assertThat(r.err()).contains("vanishing-gradients/1: training the run for 300 iterations, seed 7");
    }

    @Test
    void aFalseClaimFailsWithTheMeasuredValues(@TempDir Path dir) throws Exception {
        // step 3 trains sigmoid and relu side by side; the other steps' claims are dropped to stay quick
        String text = Files.readString(SHIPPED);
        String lesson = withClaimsOnlyInStep3(text, """
                [{"text": "ReLU's validation accuracy is below sigmoid's.",
                  "left": {"variant": "relu", "metric": "validation_accuracy"},
                  "op": "<",
                  "right": {"variant": "sigmoid", "metric": "validation_accuracy"}}]""");
        Path file = dir.resolve("false-claim.json");
        Files.writeString(file, lesson);

        Result r = run("lesson", "check", file.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).containsPattern("FAIL vanishing-gradients/3: ReLU's validation accuracy is below "
                + "sigmoid's\\. \\(measured 0\\.9\\d* vs 0\\.5\\d*\\)");
        assertThat(r.out()).endsWith("0 passed, 1 failed" + System.lineSeparator());
    }

    @Test
    void anInvalidLessonIsRefusedWithFileLineAndColumnBeforeAnythingTrains(@TempDir Path dir) throws Exception {
        String broken = Files.readString(SHIPPED).replaceFirst("\"metric\": \"gradient_norm\"", "\"metric\": \"gradient_nrom\"");
        Path file = dir.resolve("broken.json");
        Files.writeString(file, broken);

        Result r = run("lesson", "check", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(file.toString())
                + ":\\d+:\\d+: steps\\[0\\]\\.claims\\[0\\]\\.left\\.metric: .*gradient_norm");
        assertThat(r.err()).doesNotContain("training");
    }

    @Test
    void listPrintsTheCatalogue() throws Exception {
        Result r = run("lesson", "list", "lessons");
        assertThat(r.exit()).isZero();
        long files;
        try (var paths = Files.list(Path.of("lessons"))) {
            files = paths.filter(f -> f.toString().endsWith(".json")).count();
        }
        assertThat(r.out()).containsPattern("vanishing-gradients\\s+Vanishing gradients\\s+intermediate\\s+20 min\\s+"
                + "vanishing_gradients, backpropagation")
                .contains(files + (files == 1 ? " lesson" : " lessons"));
    }

    @Test
    void eachCommandHasHelp() {
        assertThat(run("lesson", "check", "--help").out()).contains("PASS|FAIL").contains("Exit code");
        assertThat(run("lesson", "list", "--help").out()).contains("catalogue");
        assertThat(run("lesson", "--help").out()).contains("check").contains("list");
    }

    /** The lesson with {@code claims} in step 3 and no claims anywhere else. */
    private static String withClaimsOnlyInStep3(String lesson, String claims) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(lesson);
        var steps = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("steps");
        for (int i = 0; i < steps.size(); i++) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) steps.get(i)).remove("claims");
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) steps.get(2)).set("claims", mapper.readTree(claims));
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
