package dev.deepforward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

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

    @Test
    void theShippedLessonsAreValid() {
        Result r = run("validate", "lessons");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("no problems");
    }

    @Test
    void aBrokenFileIsReportedWithFileLineColumnPathAndMessage(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("broken.json");
        Files.writeString(spec, "{\n  \"data\": { \"dataset\": \"spirall\" },\n  \"network\": {\n"
                + "    \"hidden\": [ { \"unit\": 8 } ]\n  }\n}\n");
        Result r = run("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(spec + ":4:19: network.hidden[0].unit: unknown field 'unit' (did you mean 'units'?)");
        assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(spec.toString())
                + ":2:\\d+: data.dataset: .*spirall.*");
        assertThat(r.out()).contains("1 file checked");
    }

    @Test
    void aMissingPathIsAProblemNotACrash(@TempDir Path dir) {
        Result r = run("validate", dir.resolve("nope.json").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("nope.json");
    }

    @Test
    void helpDescribesTheCommand() {
        Result r = run("validate", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("file:line:column: path: message");
    }
}
